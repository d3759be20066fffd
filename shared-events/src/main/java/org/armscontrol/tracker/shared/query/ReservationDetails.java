package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.TreatyAction;

import java.time.LocalDate;

/**
 * A reservation or declaration; a withdrawn one stays on the timeline, marked as such.
 *
 * @param madeWith    the action it accompanied, or null
 * @param withdrawnOn the date of its withdrawal, or null while it is in force
 */
public record ReservationDetails(ReservationId reservationId, ReservationKind kind, String text, TreatyAction madeWith,
                                 boolean withdrawn, LocalDate withdrawnOn) implements HistoryDetails {
}
