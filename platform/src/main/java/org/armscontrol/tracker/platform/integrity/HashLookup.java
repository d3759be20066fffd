package org.armscontrol.tracker.platform.integrity;

/**
 * Where the interceptor finds the hash of an event appended before the current unit of work, when the unit of work
 * did not read it: the aggregate was loaded from a snapshot with no event after it, or its predecessor was stored
 * before events carried hashes.
 */
@FunctionalInterface
public interface HashLookup {

    /** The hash stored with event {@code sequenceNumber} of the stream {@code aggregateId}. */
    String hashAt(String aggregateId, long sequenceNumber);
}
