package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A country's timeline, ordered by valid date.
 *
 * @param instrument only entries concerning this instrument (null: all)
 * @param from       only entries dated on or after this day (null: no lower bound)
 * @param to         only entries dated on or before this day (null: no upper bound)
 * @param knownAt    answer as the tracker knew it at this instant: only events recorded by then count (null: now)
 */
public record CountryHistoryQuery(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                  Instant knownAt) {

    public CountryHistoryQuery {
        Objects.requireNonNull(country, "country");
    }
}
