package org.armscontrol.tracker.shared;

/** Keys of the metadata every command and event carries; the command side copies them from a command to its events. */
public final class TrackerMetaData {

    /** The user who sent the command: the authenticated principal, never a value from the request body. */
    public static final String RECORDED_BY = "recordedBy";
    /** The client's {@code Idempotency-Key} header, when it sent one. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** A digest of the request the idempotency key was first used with. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";
    /** The request a message belongs to: the HTTP layer's {@code X-Correlation-Id} (or a fresh UUID). */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that caused this one (for an event: its command). */
    public static final String CAUSATION_ID = "causationId";
    /**
     * The {@link #HASH} of the previous event of the same record (sequence number - 1), or 64 zeros for its first
     * event: the link of the record's hash chain. Set by the event store on append, never by a command.
     */
    public static final String PREVIOUS_HASH = "previousHash";
    /** Hex SHA-256 over the event as stored (see the platform's integrity package for the exact framing). */
    public static final String HASH = "hash";

    private TrackerMetaData() {
    }
}
