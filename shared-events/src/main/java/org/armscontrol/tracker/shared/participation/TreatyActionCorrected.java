package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * An action recorded earlier was wrong: its date, effective date, kind or note. The corrected event is named by its sequence number in the
 * participation's stream; it stays in the store unchanged, and readers apply this correction on top of it.
 *
 * @param correctedSequence     sequence number of the event that recorded the action
 * @param wrongDate             the date it was recorded with (as last corrected)
 * @param date                  the right date
 * @param wrongEffectiveDate    the effective date it had (as last corrected)
 * @param effectiveDate         the right effective date (equal to {@code date} for actions without notice)
 * @param correctedAction       the right kind, or null where the kind was not corrected (every correction recorded
 *                              before kinds could be corrected)
 * @param wrongNote             the note it had, where the note was corrected
 * @param note                  the right note, or null where the note was not corrected
 */
@Revision("1")
public record TreatyActionCorrected(CountryCode country, InstrumentId instrument, TreatyAction action,
                                    long correctedSequence, ValidDate wrongDate, ValidDate date,
                                    ValidDate wrongEffectiveDate, ValidDate effectiveDate, Reason reason,
                                    Source source, Recorder recordedBy, TreatyAction correctedAction,
                                    String wrongNote, String note) {

    /** The kind of the action after this correction. */
    public TreatyAction actionAfter() {
        return correctedAction == null ? action : correctedAction;
    }

    public ParticipationId participationId() {
        return new ParticipationId(country, instrument);
    }
}
