package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.value.InvalidValueException;

/**
 * Departure from a regime, initiative or code. {@code effectiveDate} defaults to {@code date}.
 */
public record LeaveRegime(CountryCode country, InstrumentId instrument, ValidDate date, ValidDate effectiveDate,
                     Source source, String note, Long expectedVersion) implements TreatyActionCommand {

    public LeaveRegime {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
        if (effectiveDate == null) {
            effectiveDate = date;
        } else if (effectiveDate.latest().isBefore(date.earliest())) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + effectiveDate
                    + " is before the notification date " + date);
        }
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.LEFT;
    }
}
