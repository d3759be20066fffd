package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A country's statuses through valid time, one timeline per instrument it has a record on (by instrument id), as
 * known at {@code knownAt} (null: now).
 */
@JsonPropertyOrder({"country", "countryName"})
public record CountryStatusTimeline(CountryCode country, Instant knownAt, List<InstrumentStatusTimeline> instruments) {

    public CountryStatusTimeline {
        instruments = List.copyOf(instruments);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
