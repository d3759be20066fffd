package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a country stood on {@code asOf}: its status on every instrument it has a record on, its latest stance on
 * each instrument it spoke about, and its stockpiles.
 */
public record CountryPosition(CountryCode country, LocalDate asOf, List<InstrumentStatus> instruments,
                              List<InstrumentStance> stances, List<StockpileSummary> stockpiles) {

    public CountryPosition {
        instruments = List.copyOf(instruments);
        stances = List.copyOf(stances);
        stockpiles = List.copyOf(stockpiles);
    }
}
