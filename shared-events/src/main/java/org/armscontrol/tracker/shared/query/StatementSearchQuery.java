package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Statements matching every given filter (null filters match everything), newest first.
 *
 * @param text   words to find in the summary, quote or forum (PostgreSQL full-text search, English stemming;
 *               web-search syntax: quoted phrases, {@code or}, {@code -word})
 * @param knownAt the versions the tracker knew at this instant (null: now)
 * @param limit  at most this many statements in the page
 * @param offset how many matching statements to skip
 */
public record StatementSearchQuery(CountryCode country, InstrumentId instrument, Stance stance, String text,
                                   LocalDate from, LocalDate to, boolean includeRetracted, Instant knownAt,
                                   int limit, int offset) {

    public static final int MAX_LIMIT = 500;

    public StatementSearchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
