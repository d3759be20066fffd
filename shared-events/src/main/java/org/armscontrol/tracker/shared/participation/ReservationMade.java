package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A state made a reservation or declaration on an instrument. Not a treaty action: it leaves the state's status as
 * it is.
 *
 * @param madeWith the action it accompanied, or null
 */
@Revision("1")
public record ReservationMade(CountryCode country, InstrumentId instrument, ReservationId reservationId,
                              ReservationKind kind, String text, ValidDate date, TreatyAction madeWith, Source source,
                              Recorder recordedBy) {

    public ParticipationId participationId() {
        return new ParticipationId(country, instrument);
    }
}
