package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.value.ValidDate;

/** A reservation or declaration of the participation as it now stands: in force, or withdrawn. */
record RecordedReservation(ReservationId id, ReservationKind kind, String text, ValidDate date, boolean withdrawn) {

    RecordedReservation asWithdrawn() {
        return new RecordedReservation(id, kind, text, date, true);
    }

    boolean inForceWith(ReservationKind otherKind, String otherText) {
        return !withdrawn && kind == otherKind && text.equals(otherText);
    }

    @Override
    public String toString() {
        return kind + " " + id + " of " + date;
    }
}
