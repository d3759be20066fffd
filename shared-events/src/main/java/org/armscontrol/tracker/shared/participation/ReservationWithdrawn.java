package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/** A state withdrew a reservation or declaration, no longer in force from {@code date}; it stays on record. */
@Revision("1")
public record ReservationWithdrawn(CountryCode country, InstrumentId instrument, ReservationId reservationId,
                                   ValidDate date, Reason reason, Source source, Recorder recordedBy) {

    public ParticipationId participationId() {
        return new ParticipationId(country, instrument);
    }
}
