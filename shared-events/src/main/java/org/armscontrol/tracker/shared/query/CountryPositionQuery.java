package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.LocalDate;
import java.util.Objects;

/** Where a country stood on every instrument, what it last said about each, and what it held, on {@code asOf}. */
public record CountryPositionQuery(CountryCode country, LocalDate asOf) {

    public CountryPositionQuery {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
    }
}
