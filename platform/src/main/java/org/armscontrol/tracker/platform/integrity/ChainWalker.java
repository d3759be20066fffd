package org.armscontrol.tracker.platform.integrity;

import java.util.Optional;

/**
 * Checks the events of the log one at a time, in (aggregate_id, sequence_number) order, keeping only the state of the
 * stream it is in: so that the whole log can be streamed through it, however large.
 * <p>
 * For each event, in this order: its sequence number follows the previous one of its stream (a stream starts at 0);
 * its content hashes to the hash stored with it; it links to the hash of the event before it.
 */
final class ChainWalker {

    private String aggregateId;
    private long expectedSequence;
    private String previousHash;
    private long intactEvents;
    private long streams;

    /** Checks the next event; empty when it is intact. */
    Optional<IntegrityBreak> check(StoredEvent event) {
        if (!event.aggregateId().equals(aggregateId)) {
            aggregateId = event.aggregateId();
            expectedSequence = 0;
            previousHash = EventHash.GENESIS;
            streams++;
        }
        if (event.sequenceNumber() != expectedSequence) {
            return Optional.of(gap(event));
        }
        CanonicalMetadata metadata;
        try {
            metadata = CanonicalMetadata.fromJson(event.metadata());
        } catch (IllegalArgumentException e) {
            return Optional.of(at(event, IntegrityProblem.HASH_MISMATCH, "its metadata cannot be read (" + e.getMessage()
                    + "): it was edited"));
        }
        if (metadata.hash() == null) {
            return Optional.of(at(event, IntegrityProblem.HASH_MISMATCH, "it carries no hash: its metadata was "
                    + "edited, or it was stored before events were chained"));
        }
        String recomputed = EventHash.of(event.fields(metadata.previousHash(), metadata.bytes()));
        if (!recomputed.equals(metadata.hash())) {
            return Optional.of(at(event, IntegrityProblem.HASH_MISMATCH, "its stored hash is " + metadata.hash()
                    + " but its content hashes to " + recomputed + ": the row was edited after it was appended"));
        }
        if (!previousHash.equals(metadata.previousHash())) {
            return Optional.of(at(event, IntegrityProblem.CHAIN_BROKEN, "it links to " + metadata.previousHash()
                    + " but " + (event.sequenceNumber() == 0 ? "the first event of a stream links to the genesis value "
                    : "the event before it has hash ") + previousHash
                    + ": an event of the stream was replaced or rewritten"));
        }
        intactEvents++;
        expectedSequence++;
        previousHash = metadata.hash();
        return Optional.empty();
    }

    /** Events found intact so far. */
    long intactEvents() {
        return intactEvents;
    }

    /** Streams met so far. */
    long streams() {
        return streams;
    }

    private IntegrityBreak gap(StoredEvent found) {
        boolean one = found.sequenceNumber() - expectedSequence == 1;
        String missing = one ? "Event " + expectedSequence + " of " + found.aggregateId() + " is missing"
                : "Events " + expectedSequence + " to " + (found.sequenceNumber() - 1) + " of " + found.aggregateId()
                + " are missing";
        String context = expectedSequence == 0 ? "the stream starts at event " + found.sequenceNumber()
                : "after event " + (expectedSequence - 1) + " comes event " + found.sequenceNumber();
        return new IntegrityBreak(found.aggregateId(), expectedSequence, null, IntegrityProblem.SEQUENCE_GAP,
                missing + " (" + context + ", global index " + found.globalIndex() + "): "
                        + (one ? "it was" : "they were") + " deleted.");
    }

    private static IntegrityBreak at(StoredEvent event, IntegrityProblem problem, String why) {
        return new IntegrityBreak(event.aggregateId(), event.sequenceNumber(), event.globalIndex(), problem,
                "Event " + event.sequenceNumber() + " of " + event.aggregateId() + " (global index "
                        + event.globalIndex() + "): " + why + ".");
    }
}
