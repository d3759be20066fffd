package org.armscontrol.tracker.shared.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.armscontrol.tracker.shared.value.CountryCode;

import java.util.List;

/**
 * One row of a {@link Comparison}: a state, its UN M49 region and sub-region (null for a code the M49 table has no
 * state for), and its status on each instrument compared, in the order of the comparison's instruments, each cell
 * with the dates of its participation side by side.
 */
@JsonPropertyOrder({"country", "countryName", "region", "subRegion", "cells"})
public record ComparedState(CountryCode country, String region, String subRegion, List<InstrumentStatus> cells) {

    public ComparedState {
        cells = List.copyOf(cells);
    }

    /** The state's name as the UN writes it, beside its code. */
    @JsonProperty(value = "countryName", access = JsonProperty.Access.READ_ONLY)
    public String countryName() {
        return country.name();
    }
}
