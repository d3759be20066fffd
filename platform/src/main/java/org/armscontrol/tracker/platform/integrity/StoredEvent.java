package org.armscontrol.tracker.platform.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One row of {@code event_store.events}, as verification reads it. */
record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                   Instant recordedAt, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

    static final String COLUMNS = "global_index, event_id, aggregate_type, aggregate_id, sequence_number, recorded_at, "
            + "payload_type, payload_revision, payload, metadata";

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_id"), row.getString("aggregate_type"),
                row.getString("aggregate_id"), row.getLong("sequence_number"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("payload_type"),
                row.getString("payload_revision"), row.getBytes("payload"), row.getBytes("metadata"));
    }

    /** The fields its hash covers, given the previous hash it claims and its canonical metadata. */
    EventFields fields(String previousHash, byte[] canonicalMetadata) {
        return new EventFields(previousHash, eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
                payloadRevision, recordedAt, payload, canonicalMetadata);
    }
}
