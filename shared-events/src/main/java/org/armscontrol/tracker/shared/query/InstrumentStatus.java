package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.LocalDate;
import java.util.List;

/**
 * A country's status on one instrument at a date, since when, and by which action. {@code status} is NONE (and
 * {@code since} null) when the country has a record on the instrument that starts only later. {@code inForce}
 * tells whether the instrument is in force for the country on that date, since {@code inForceSince}; a party for
 * which it enters into force only later has {@code entersIntoForce} instead. {@code reservations}: the country's
 * reservations and declarations on the instrument in force on that date (empty when none); {@code dates}: the
 * dates of the participation side by side, as the depositary's table shows them.
 */
public record InstrumentStatus(InstrumentId instrument, ParticipationStatus status, LocalDate since,
                               DatePrecision sincePrecision, TreatyAction action, boolean inForce,
                               LocalDate inForceSince, LocalDate entersIntoForce,
                               List<ReservationInForce> reservations, ParticipationDates dates) {

    public InstrumentStatus {
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
        dates = dates == null ? ParticipationDates.NONE : dates;
    }

    public InstrumentStatus(InstrumentId instrument, ParticipationStatus status, LocalDate since,
                            DatePrecision sincePrecision, TreatyAction action, InForce inForce) {
        this(instrument, status, since, sincePrecision, action, inForce.inForce(), inForce.since(), inForce.from(),
                List.of(), ParticipationDates.NONE);
    }

    /** The same status with the reservations in force on its date. */
    public InstrumentStatus withReservations(List<ReservationInForce> inForce) {
        return new InstrumentStatus(instrument, status, since, sincePrecision, action, this.inForce, inForceSince,
                entersIntoForce, inForce, dates);
    }

    /** The same status with the dates of its participation side by side. */
    public InstrumentStatus withDates(ParticipationDates of) {
        return new InstrumentStatus(instrument, status, since, sincePrecision, action, inForce, inForceSince,
                entersIntoForce, reservations, of);
    }
}
