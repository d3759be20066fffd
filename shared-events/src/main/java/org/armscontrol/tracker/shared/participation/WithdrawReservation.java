package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Records that a state withdrew a reservation or declaration on {@code date}; the reservation stays in the record. */
public record WithdrawReservation(CountryCode country, InstrumentId instrument, ReservationId reservationId,
                                  ValidDate date, Reason reason, Source source, Long expectedVersion)
        implements ParticipationCommand {

    public WithdrawReservation {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(reservationId, "reservationId");
        TextRules.required(date, "date");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
