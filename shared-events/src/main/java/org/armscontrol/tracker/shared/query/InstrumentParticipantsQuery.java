package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.LocalDate;
import java.util.Objects;

/** Every country's status on one instrument on {@code asOf}. */
public record InstrumentParticipantsQuery(InstrumentId instrument, LocalDate asOf) {

    public InstrumentParticipantsQuery {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(asOf, "asOf");
    }
}
