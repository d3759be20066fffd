package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a country stood on {@code asOf}: its status on every instrument it has a record on, its latest stance on
 * each instrument it spoke about, its stockpiles, and its General Assembly votes per instrument; as the tracker knew
 * it at {@code knownAt} (null: now).
 */
public record CountryPosition(CountryCode country, LocalDate asOf, Instant knownAt, List<InstrumentStatus> instruments,
                              List<InstrumentStance> stances, List<StockpileSummary> stockpiles,
                              List<InstrumentVotes> votes) {

    public CountryPosition {
        instruments = List.copyOf(instruments);
        stances = List.copyOf(stances);
        stockpiles = List.copyOf(stockpiles);
        votes = List.copyOf(votes);
    }
}
