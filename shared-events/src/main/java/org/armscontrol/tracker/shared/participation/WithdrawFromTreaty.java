package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.armscontrol.tracker.shared.value.InvalidValueException;

/**
 * Withdrawal of a party from a treaty. The notification is dated {@code date}; it takes effect on
 * {@code effectiveDate}, which may lie in the future. Without one, the instrument's notice period gives it (CCM: six
 * months after the notification); an instrument without a notice period, or a notification dated only to its month
 * or year, takes effect on its date.
 */
public record WithdrawFromTreaty(CountryCode country, InstrumentId instrument, ValidDate date, ValidDate effectiveDate,
                     Source source, String note, Long expectedVersion) implements TreatyActionCommand {

    public WithdrawFromTreaty {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
        if (effectiveDate == null) {
            ValidDate notified = date;
            effectiveDate = instrument.instrument().withdrawalNoticePeriod()
                    .map(notice -> notice.effectiveDate(notified))
                    .orElse(date);
        } else if (effectiveDate.latest().isBefore(date.earliest())) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + effectiveDate
                    + " is before the notification date " + date);
        }
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.WITHDREW;
    }
}
