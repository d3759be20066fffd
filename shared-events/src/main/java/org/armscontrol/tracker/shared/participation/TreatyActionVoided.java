package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * An action recorded earlier was recorded in error and counts no more. The voided event is named by its sequence
 * number in the participation's stream; it stays in the store, and readers stop counting it from this event's
 * instant on.
 *
 * @param voidedSequence sequence number of the event that recorded the action
 * @param action         its kind, as last corrected
 * @param date           its date, as last corrected
 */
@Revision("1")
public record TreatyActionVoided(CountryCode country, InstrumentId instrument, TreatyAction action,
                                 long voidedSequence, ValidDate date, Reason reason, Source source,
                                 Recorder recordedBy) {

    public ParticipationId participationId() {
        return new ParticipationId(country, instrument);
    }
}
