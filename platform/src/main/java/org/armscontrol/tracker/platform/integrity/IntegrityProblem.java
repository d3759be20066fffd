package org.armscontrol.tracker.platform.integrity;

/** What verification found wrong with the event log. */
public enum IntegrityProblem {
    /** An event's content no longer hashes to the hash stored with it, or has no hash: it was edited. */
    HASH_MISMATCH,
    /** An event's {@code previousHash} is not the hash of the event before it: an event was replaced or reordered. */
    CHAIN_BROKEN,
    /** Sequence numbers of a stream jump: events were deleted from its middle (or its start). */
    SEQUENCE_GAP,
    /** A stream recorded by a checkpoint has no event left: it was deleted whole. */
    STREAM_MISSING,
    /** A stream now ends before the head a checkpoint recorded: its latest events were deleted. */
    STREAM_TRUNCATED,
    /** A checkpoint itself was altered or removed: its hash, its link to the previous one, or its heads. */
    CHECKPOINT_BROKEN
}
