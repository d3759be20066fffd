package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A country's timeline: every recorded fact about it, ordered by valid date, as known at {@code knownAt} (null:
 * now), or one page of it.
 *
 * @param next the cursor of the next page (an opaque string to pass as {@code cursor}); null on the last page and
 *             when the whole timeline was asked
 */
@JsonPropertyOrder({"country", "countryName"})
public record CountryHistory(CountryCode country, Instant knownAt, List<HistoryEntry> entries, String next) {

    public CountryHistory {
        entries = List.copyOf(entries);
    }

    /** The whole timeline. */
    public CountryHistory(CountryCode country, Instant knownAt, List<HistoryEntry> entries) {
        this(country, knownAt, entries, null);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
