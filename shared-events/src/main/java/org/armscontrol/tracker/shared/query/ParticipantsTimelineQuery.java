package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.util.Objects;

/**
 * How many countries held each status on one instrument through valid time, as known at {@code knownAt} (null:
 * now), counted on {@code basis}.
 */
public record ParticipantsTimelineQuery(InstrumentId instrument, Instant knownAt, CountingBasis basis) {

    public ParticipantsTimelineQuery {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(basis, "basis");
    }

    /** Counted on the deposits, as before bases existed. */
    public ParticipantsTimelineQuery(InstrumentId instrument, Instant knownAt) {
        this(instrument, knownAt, CountingBasis.DEPOSITED);
    }
}
