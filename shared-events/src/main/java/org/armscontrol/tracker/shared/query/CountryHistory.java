package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A country's timeline: every recorded fact about it, ordered by valid date, as known at {@code knownAt} (null:
 * now).
 */
public record CountryHistory(CountryCode country, Instant knownAt, List<HistoryEntry> entries) {

    public CountryHistory {
        entries = List.copyOf(entries);
    }
}
