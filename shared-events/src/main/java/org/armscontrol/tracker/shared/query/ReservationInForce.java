package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;

import java.time.LocalDate;

/** A reservation or declaration of a country in force on the date of a position: made by then, not withdrawn. */
public record ReservationInForce(ReservationId reservationId, ReservationKind kind, String text, LocalDate date) {
}
