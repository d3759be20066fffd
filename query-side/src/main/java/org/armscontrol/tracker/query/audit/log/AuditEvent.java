package org.armscontrol.tracker.query.audit.log;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.armscontrol.tracker.shared.value.CountryNames;

import java.time.Instant;

/**
 * One event of the log as an auditor reads it: where it sits in the store, who recorded it when, why (for a
 * change), on which source, how it travelled (correlation, causation, idempotency key), and the event itself.
 *
 * @param payload  the event as stored, JSON text
 * @param metadata the event's metadata as stored, JSON text
 * @param record   the record the event belongs to, in words ("statement of 2008-10-29 at CCW GGE",
 *                 "CCW-P5: ratified on 2008-09-29"); {@code aggregateId} identifies it
 */
@JsonPropertyOrder({"globalIndex", "eventId", "recordedAt", "recordedBy", "eventType", "payloadType",
        "payloadRevision", "aggregateType", "aggregateId", "sequenceNumber", "country", "countryName", "reason", "sourceCitation",
        "sourceUrl", "correlationId", "causationId", "idempotencyKey", "payload", "metadata", "record"})
public record AuditEvent(long globalIndex, String eventId, Instant recordedAt, String recordedBy, String eventType,
                         String payloadType, String payloadRevision, String aggregateType, String aggregateId,
                         long sequenceNumber, String country, String reason, String sourceCitation, String sourceUrl,
                         String correlationId, String causationId, String idempotencyKey,
                         @JsonRawValue String payload, @JsonRawValue String metadata, String record) {

    /**
     * The name of the event's country as the UN writes it, beside the code, in JSON and CSV alike; derived from the
     * code, as the log holds events only (null for events of no country).
     */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return CountryNames.nameOf(country);
    }
}
