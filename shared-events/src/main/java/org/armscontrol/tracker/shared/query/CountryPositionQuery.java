package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a country stood on every instrument, what it last said about each, and what it held, on the valid date
 * {@code asOf}, as the tracker knew it at the instant {@code knownAt} (null: now).
 */
public record CountryPositionQuery(CountryCode country, LocalDate asOf, Instant knownAt) {

    public CountryPositionQuery {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
    }
}
