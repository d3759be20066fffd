package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.Change;
import org.armscontrol.tracker.query.subscription.ChangeDescriptions;
import org.armscontrol.tracker.query.subscription.ChangeJson;
import org.armscontrol.tracker.query.subscription.SubscriptionConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Enqueues a delivery of each change for every webhook that follows it. Runs in the processor
 * {@value SubscriptionConfiguration#OUTBOX}: one segment shared by all query-side instances, its token in the token
 * table, and the deliveries of a batch of events written in the transaction that moves the token. Whichever instance
 * holds the segment, each change is thus enqueued once per webhook; a batch that fails is rolled back and handled
 * again, and the unique (webhook, global index) keeps a handled event from being enqueued twice.
 */
@Component
@ProcessingGroup(SubscriptionConfiguration.OUTBOX)
class DeliveryOutbox {

    private final Deliveries deliveries;
    private final ChangeDescriptions descriptions;
    private final ChangeJson json;

    DeliveryOutbox(Deliveries deliveries, ChangeDescriptions descriptions, ChangeJson json) {
        this.deliveries = deliveries;
        this.descriptions = descriptions;
        this.json = json;
    }

    // Every event is described, even when no webhook exists: skipping on "no webhook yet" would race with a
    // registration committed just after the check, and lose the change for it.
    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        long index = token.position().orElseThrow();
        descriptions.describe(event, index).ifPresent(this::enqueue);
    }

    private void enqueue(Change change) {
        deliveries.enqueue(change, json.write(change));
    }
}
