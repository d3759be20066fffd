package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.util.Objects;

/** How many countries held each status on one instrument through valid time, as known at {@code knownAt} (null: now). */
public record ParticipantsTimelineQuery(InstrumentId instrument, Instant knownAt) {

    public ParticipantsTimelineQuery {
        Objects.requireNonNull(instrument, "instrument");
    }
}
