package org.armscontrol.tracker.query.position;

import org.armscontrol.tracker.query.participation.TreatyActionReadModel;
import org.armscontrol.tracker.query.reservation.ReservationReadModel;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.ParticipationDates;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A country's status on every instrument it has a record on, as of a date and as known at an instant, with the
 * reservations in force on that date (a reservation needs an action, hence a status) and the dates of each
 * participation side by side: what the position shows per instrument, and each row of a comparison.
 */
@Component
public class CountryStatuses {

    private final TreatyActionReadModel treatyActions;
    private final ReservationReadModel reservations;

    CountryStatuses(TreatyActionReadModel treatyActions, ReservationReadModel reservations) {
        this.treatyActions = treatyActions;
        this.reservations = reservations;
    }

    public List<InstrumentStatus> of(CountryCode country, LocalDate asOf, KnownAt known) {
        var inForce = reservations.inForceOn(country, asOf, known);
        var dates = treatyActions.datesOf(country, asOf, known);
        return treatyActions.statusesOf(country, asOf, known).stream()
                .map(status -> status.withReservations(inForce.getOrDefault(status.instrument(), List.of()))
                        .withDates(dates.getOrDefault(status.instrument().value(), ParticipationDates.NONE)))
                .toList();
    }
}
