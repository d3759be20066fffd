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
 * @param limit      at most this many entries (null: all)
 * @param after      only the entries after this place in timeline order (null: from the first)
 */
public record CountryHistoryQuery(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                  Instant knownAt, Integer limit, HistoryCursor after) {

    public CountryHistoryQuery {
        Objects.requireNonNull(country, "country");
    }

    /** The whole timeline (no page). */
    public CountryHistoryQuery(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                               Instant knownAt) {
        this(country, instrument, from, to, knownAt, null, null);
    }
}
