package org.armscontrol.tracker.command.rules;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * The If-Match check for commands that may create their record. Axon checks {@code @TargetAggregateVersion} when
 * it loads an existing aggregate, but not on the create-if-missing path, so such handlers call this first.
 */
public final class ExpectedVersion {

    /** The version of a record that has no event yet. */
    private static final long NO_EVENTS = -1;

    private ExpectedVersion() {
    }

    /** Refuses the command when the client expected another version than the record's current one. */
    public static void check(Long expected, Object aggregateId) {
        if (expected == null) {
            return;
        }
        Long current = AggregateLifecycle.getVersion();
        long actual = current == null ? NO_EVENTS : current;
        if (actual != expected) {
            throw new ConflictingAggregateVersionException(String.valueOf(aggregateId), expected, actual);
        }
    }
}
