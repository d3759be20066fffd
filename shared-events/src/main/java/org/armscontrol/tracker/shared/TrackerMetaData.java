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

    private TrackerMetaData() {
    }
}
