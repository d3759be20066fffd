package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Succession of a new state to a predecessor state's participation. */
public record SucceedToTreaty(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Long expectedVersion) implements TreatyActionCommand {

    public SucceedToTreaty {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.SUCCEEDED;
    }
}
