package org.armscontrol.tracker.platform.integrity;

/** Where the interceptor finds the hash of an event appended before the current unit of work. */
@FunctionalInterface
interface HashLookup {

    /** The hash stored with event {@code sequenceNumber} of the stream {@code aggregateId}. */
    String hashAt(String aggregateId, long sequenceNumber);
}
