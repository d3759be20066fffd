package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One fact on a country's timeline, as it stands now, with every later change to it (corrections, amendments,
 * a retraction, revisions) folded in: the fields show the current values, {@code changes} how they came about.
 *
 * @param id         a stable id of the fact: {@code BLR:CCW-P5#1} (record and sequence) or a statement's id
 * @param date       the valid date (current value) and its precision
 * @param recordedAt when the tracker first learnt the fact; {@code recordedBy} who recorded it
 */
public record HistoryEntry(String id, HistoryEntryKind kind, List<InstrumentId> instruments, LocalDate date,
                           DatePrecision datePrecision, HistoryDetails details, Source source, Instant recordedAt,
                           String recordedBy, List<HistoryChange> changes) {

    public HistoryEntry {
        instruments = List.copyOf(instruments);
        changes = List.copyOf(changes);
    }
}
