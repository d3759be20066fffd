package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * A reservation or declaration of the participation as it now stands: in force, withdrawn, or voided (recorded in
 * error; {@code voided} is absent, so false, in snapshots taken before voids existed).
 */
record RecordedReservation(ReservationId id, ReservationKind kind, String text, ValidDate date, boolean withdrawn,
                           boolean voided) {

    RecordedReservation asWithdrawn() {
        return new RecordedReservation(id, kind, text, date, true, voided);
    }

    RecordedReservation asVoided() {
        return new RecordedReservation(id, kind, text, date, withdrawn, true);
    }

    boolean inForceWith(ReservationKind otherKind, String otherText) {
        return !withdrawn && !voided && kind == otherKind && text.equals(otherText);
    }

    @Override
    public String toString() {
        return kind + " " + id + " of " + date;
    }
}
