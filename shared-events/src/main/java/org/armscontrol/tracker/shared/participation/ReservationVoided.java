package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A reservation or declaration was voided: it was recorded in error and counts nowhere from the recorded instant
 * of this event. {@code date} is the valid date of the reservation voided (what subscribers are told);
 * {@code source} is the source of the void.
 */
@Revision("1")
public record ReservationVoided(CountryCode country, InstrumentId instrument, ReservationId reservationId,
                                ValidDate date, Reason reason, Source source, Recorder recordedBy) {

    public ParticipationId participationId() {
        return new ParticipationId(country, instrument);
    }
}
