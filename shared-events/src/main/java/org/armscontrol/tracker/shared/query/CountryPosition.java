package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a country stood on {@code asOf}: its status on every instrument it has a record on, its latest stance on
 * each instrument it spoke about, its stockpiles, and its General Assembly votes per instrument; as the tracker knew
 * it at {@code knownAt} (null: now).
 */
@JsonPropertyOrder({"country", "countryName"})
public record CountryPosition(CountryCode country, LocalDate asOf, Instant knownAt, List<InstrumentStatus> instruments,
                              List<InstrumentStance> stances, List<StockpileSummary> stockpiles,
                              List<InstrumentVotes> votes) {

    public CountryPosition {
        instruments = List.copyOf(instruments);
        stances = List.copyOf(stances);
        stockpiles = List.copyOf(stockpiles);
        votes = List.copyOf(votes);
    }

    /** The state's name as the UN writes it, beside its code; derived from the code, so no read model stores it. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
