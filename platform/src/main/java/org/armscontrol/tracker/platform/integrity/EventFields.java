package org.armscontrol.tracker.platform.integrity;

import java.time.Instant;

/**
 * Everything of one event that its hash covers, as the row of {@code event_store.events} holds it.
 *
 * @param previousHash    the hash of the event before it in the same stream, or {@link EventHash#GENESIS}
 * @param eventId         {@code event_id}
 * @param aggregateType   {@code aggregate_type} (may be null)
 * @param aggregateId     {@code aggregate_id}
 * @param sequenceNumber  {@code sequence_number}
 * @param payloadType     {@code payload_type}
 * @param payloadRevision {@code payload_revision} (may be null)
 * @param recordedAt      {@code recorded_at}; hashed to whole microseconds, which is all that {@code timestamptz} keeps
 * @param payload         {@code payload}, the serialized bytes exactly as stored
 * @param metadata        the metadata without {@code hash} and {@code previousHash}, canonical (see
 *                        {@link CanonicalMetadata})
 */
public record EventFields(String previousHash, String eventId, String aggregateType, String aggregateId,
                          long sequenceNumber, String payloadType, String payloadRevision, Instant recordedAt,
                          byte[] payload, byte[] metadata) {
}
