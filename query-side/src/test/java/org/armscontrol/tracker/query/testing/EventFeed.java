package org.armscontrol.tracker.query.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Feeds events to a projection as the event processor would: as domain event messages of an aggregate, with
 * consecutive sequence numbers per aggregate and a recorded instant.
 */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter handler;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private Instant clock = Instant.parse("2026-11-23T09:00:00Z");

    public EventFeed(Object projection) {
        this.handler = new AnnotationEventHandlerAdapter(projection);
    }

    /** Records {@code event} as the next event of {@code aggregateId}, one minute after the previous one. */
    public GenericDomainEventMessage<Object> record(String aggregateId, Object event) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        clock = clock.plusSeconds(60);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "Aggregate", aggregateId, sequence, event, MetaData.emptyInstance(), UUID.randomUUID().toString(),
                clock);
        deliver(message);
        return message;
    }

    /** Delivers a message (again): a projection must not count it twice. */
    public void deliver(GenericDomainEventMessage<?> message) {
        try {
            handler.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }

    public void reset() {
        handler.prepareReset();
    }

    public Instant lastRecordedAt() {
        return clock;
    }
}
