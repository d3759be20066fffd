package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * A country's statuses through valid time, one timeline per instrument it has a record on (by instrument id), as
 * known at {@code knownAt} (null: now).
 */
public record CountryStatusTimeline(CountryCode country, Instant knownAt, List<InstrumentStatusTimeline> instruments) {

    public CountryStatusTimeline {
        instruments = List.copyOf(instruments);
    }
}
