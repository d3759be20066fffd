package org.armscontrol.tracker.query.subscription.stream;

import org.armscontrol.tracker.query.subscription.ChangeDescriptions;
import org.armscontrol.tracker.query.subscription.ChangeJson;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The changes recorded after a Last-Event-ID, read from the event store, at most so many events at a time. */
@Component
class MissedChanges {

    private final EventStorageEngine storage;
    private final ChangeDescriptions descriptions;
    private final ChangeJson json;

    MissedChanges(EventStorageEngine storage, ChangeDescriptions descriptions, ChangeJson json) {
        this.storage = storage;
        this.descriptions = descriptions;
        this.json = json;
    }

    /**
     * The changes of the (at most {@code maxEvents}) events after global index {@code after}.
     *
     * @return the changes, whether more events follow, and the last global index looked at
     */
    Missed after(long after, int maxEvents) {
        List<SentChange> changes = new ArrayList<>();
        long last = after;
        int seen = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                GapAwareTrackingToken.newInstance(after, Collections.emptySortedSet()), false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                if (seen == maxEvents) {
                    return new Missed(changes, true, last);
                }
                TrackedEventMessage<?> event = iterator.next();
                long index = event.trackingToken().position().orElseThrow();
                seen++;
                last = Math.max(last, index);
                descriptions.describe(event, index)
                        .ifPresent(change -> changes.add(new SentChange(change, json.write(change))));
            }
        }
        return new Missed(changes, false, last);
    }

    record Missed(List<SentChange> changes, boolean more, long lastLookedAt) {
    }
}
