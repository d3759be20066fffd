package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.TextRules;

import java.time.LocalDate;

/**
 * Corrects any field of an action already recorded: its date (a ratification entered as 30 September that took
 * place on 29 September), its kind (an acceptance entered as a ratification), its effective date or its note. The
 * original event stays in the store; the correction is a new event with its reason and source.
 *
 * @param action          which recorded action is wrong (its kind as now recorded)
 * @param wrongDate       the (first) day it was recorded with; needed only when several actions of that kind exist
 * @param date            the right date, or null to keep it
 * @param effectiveDate   for a withdrawal or departure, the right date it takes effect, or null to keep it
 * @param correctedAction the right kind of action, or null to keep it
 * @param note            the right note, or null to keep it
 */
public record CorrectTreatyAction(CountryCode country, InstrumentId instrument, TreatyAction action,
                                  LocalDate wrongDate, ValidDate date, ValidDate effectiveDate,
                                  TreatyAction correctedAction, String note, Reason reason,
                                  Source source, Long expectedVersion) implements ParticipationCommand {

    public CorrectTreatyAction {
        TextRules.required(country, "country");
        TextRules.required(instrument, "instrument");
        TextRules.required(action, "action");
        note = TextRules.optionalText(note, "note", TreatyActionCommand.MAX_NOTE_LENGTH);
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
