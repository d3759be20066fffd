package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.shared.value.Source;

import java.time.Instant;
import java.util.List;

/**
 * One version of a record: the event that made it, who recorded it and when, why (for a change) and on which
 * source, and what it changed, field by field.
 *
 * @param source    the source of the record as this version stands: the event's own, or, for an amendment or
 *                  revision that left it unchanged, the one the record had before
 * @param ownSource whether this event gave {@code source} (a record, or a change citing one), rather than carrying
 *                  the earlier source over; false when there is no source
 */
public record LineageVersion(long sequenceNumber, String eventType, Instant recordedAt, String recordedBy,
                             String reason, Source source, boolean ownSource, String correlationId, List<FieldChange> changes) {

    public LineageVersion {
        changes = List.copyOf(changes);
    }
}
