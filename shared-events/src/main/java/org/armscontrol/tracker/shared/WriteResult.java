package org.armscontrol.tracker.shared;

/**
 * What every command handler answers: the record it wrote to and that record's version afterwards (the sequence
 * number of its last event, the value a client sends back in {@code If-Match}).
 *
 * @param aggregateId the record, e.g. {@code BLR:CCW-P5}
 * @param version     its version after the command
 * @param replayed    true when the answer is the stored one of an earlier request with the same Idempotency-Key
 */
public record WriteResult(String aggregateId, long version, boolean replayed) {

    public static WriteResult of(Object aggregateId, long version) {
        return new WriteResult(aggregateId.toString(), version, false);
    }

    public WriteResult asReplay() {
        return new WriteResult(aggregateId, version, true);
    }
}
