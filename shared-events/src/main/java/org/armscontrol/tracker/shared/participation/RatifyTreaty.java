package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

/**
 * Consent to be bound by ratification, acceptance or approval (or formal confirmation, by an international
 * organisation): all are legally equivalent and follow a signature where the instrument has a signature stage.
 */
public record RatifyTreaty(CountryCode country, InstrumentId instrument, TreatyAction action, ValidDate date,
                           Source source, String note, Long expectedVersion) implements TreatyActionCommand {

    public RatifyTreaty {
        TextRules.required(action, "action");
        if (!TreatyAction.RATIFICATION_FORMS.contains(action)) {
            throw new InvalidValueException("action", "ratification takes the form RATIFIED, ACCEPTED, APPROVED or "
                    + "FORMALLY_CONFIRMED, not " + action);
        }
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }
}
