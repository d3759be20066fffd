package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.shared.value.Source;

import java.time.Instant;
import java.util.List;

/**
 * One version of a record: the event that made it, who recorded it and when, why (for a change) and on which
 * source, and what it changed, field by field.
 */
public record LineageVersion(long sequenceNumber, String eventType, Instant recordedAt, String recordedBy,
                             String reason, Source source, String correlationId, List<FieldChange> changes) {

    public LineageVersion {
        changes = List.copyOf(changes);
    }
}
