package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;

/**
 * Voids a reservation or declaration recorded in error (the state never made it, or it is a duplicate), for a
 * stated reason and on a source. Unlike a withdrawal (the state's act, dated in the world), a void says the record
 * was wrong: it counts nowhere from then on, and stays in the event store, the lineage and the reads as known before.
 */
public record VoidReservation(CountryCode country, InstrumentId instrument, ReservationId reservationId,
                              Reason reason, Source source, Long expectedVersion) implements ParticipationCommand {

    public VoidReservation {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(reservationId, "reservationId");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
