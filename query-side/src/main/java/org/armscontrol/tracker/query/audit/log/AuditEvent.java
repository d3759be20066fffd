package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/**
 * One event of the log as an auditor reads it: where it sits in the store, who recorded it when, why (for a
 * change), on which source, how it travelled (correlation, causation, idempotency key), and the event itself.
 *
 * @param payload  the event as stored, JSON text
 * @param metadata the event's metadata as stored, JSON text
 */
@JsonPropertyOrder({"globalIndex", "eventId", "recordedAt", "recordedBy", "eventType", "payloadType",
        "payloadRevision", "aggregateType", "aggregateId", "sequenceNumber", "country", "reason", "sourceCitation",
        "sourceUrl", "correlationId", "causationId", "idempotencyKey", "payload", "metadata"})
public record AuditEvent(long globalIndex, String eventId, Instant recordedAt, String recordedBy, String eventType,
                         String payloadType, String payloadRevision, String aggregateType, String aggregateId,
                         long sequenceNumber, String country, String reason, String sourceCitation, String sourceUrl,
                         String correlationId, String causationId, String idempotencyKey,
                         @JsonRawValue String payload, @JsonRawValue String metadata) {
}
