package org.armscontrol.tracker.platform.integrity;

/**
 * The hash of one event, chaining it to the one before it in its stream.
 * <p>
 * SHA-256 over these fields, framed as {@link HashFrame} describes: the label {@value #LABEL}, the previous event's
 * hash (hex text), event id, aggregate type, aggregate id, sequence number, payload type, payload revision, the
 * recorded instant as microseconds since the epoch, the payload bytes as stored, and the canonical metadata. Because
 * each hash covers the previous one, editing or removing an event breaks every link after it; the first event of a
 * stream links to {@link #GENESIS}.
 */
public final class EventHash {

    /** What the first event of a stream links to: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    static final String LABEL = "position-tracker/event/v1";

    private EventHash() {
    }

    public static String of(EventFields event) {
        return HashFrame.labelled(LABEL)
                .text(event.previousHash())
                .text(event.eventId())
                .text(event.aggregateType())
                .text(event.aggregateId())
                .number(event.sequenceNumber())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .instant(event.recordedAt())
                .bytes(event.payload())
                .bytes(event.metadata())
                .hex();
    }
}
