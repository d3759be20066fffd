package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.util.List;

/**
 * A country's status on one instrument through valid time: consecutive periods, oldest first. Before the first
 * period the status is NONE.
 */
public record InstrumentStatusTimeline(InstrumentId instrument, List<StatusPeriod> periods) {

    public InstrumentStatusTimeline {
        periods = List.copyOf(periods);
    }
}
