package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.util.List;

/** A country's timeline: every recorded fact about it, ordered by valid date. */
public record CountryHistory(CountryCode country, List<HistoryEntry> entries) {

    public CountryHistory {
        entries = List.copyOf(entries);
    }
}
