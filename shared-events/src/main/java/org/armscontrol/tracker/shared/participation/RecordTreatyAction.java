package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * Records one act of a state on an instrument, of any kind the depositary records (signature, ratification,
 * consent to be bound, accession, provisional application, withdrawal, …). Whether the instrument provides for it,
 * and from which status, is decided by the participation's rules from the instrument's final clauses.
 *
 * @param effectiveDate WITHDREW and LEFT only: when it takes effect, or null for the instrument's notice period
 *                      after {@code date} (a withdrawal) or the date itself
 */
public record RecordTreatyAction(CountryCode country, InstrumentId instrument, TreatyAction action, ValidDate date,
                                 ValidDate effectiveDate, Source source, String note, Long expectedVersion)
        implements TreatyActionCommand {

    public RecordTreatyAction {
        TextRules.required(action, "action");
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
        if (effectiveDate != null && effectiveDate.latest().isBefore(date.earliest())) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + effectiveDate
                    + " is before the notification date " + date);
        }
    }

    /** The same act without an effective date or a note: what most records are. */
    public static RecordTreatyAction of(CountryCode country, InstrumentId instrument, TreatyAction action,
                                        ValidDate date, Source source) {
        return new RecordTreatyAction(country, instrument, action, date, null, source, null, null);
    }
}
