package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.Objects;

/**
 * A country's status on every instrument it has a record on, as periods of valid time, as the tracker knew it at
 * {@code knownAt} (null: now).
 */
public record CountryStatusTimelineQuery(CountryCode country, Instant knownAt) {

    public CountryStatusTimelineQuery {
        Objects.requireNonNull(country, "country");
    }
}
