package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Signature of a treaty that has a signature stage. */
public record SignTreaty(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Long expectedVersion) implements TreatyActionCommand {

    public SignTreaty {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.SIGNED;
    }
}
