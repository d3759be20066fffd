package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A country's timeline: every recorded fact about it, ordered by valid date, as known at {@code knownAt} (null:
 * now).
 */
@JsonPropertyOrder({"country", "countryName"})
public record CountryHistory(CountryCode country, Instant knownAt, List<HistoryEntry> entries) {

    public CountryHistory {
        entries = List.copyOf(entries);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
