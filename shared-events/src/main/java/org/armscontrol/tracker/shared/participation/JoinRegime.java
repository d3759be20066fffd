package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Admission as a member of an export-control regime or an initiative. */
public record JoinRegime(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Long expectedVersion) implements TreatyActionCommand {

    public JoinRegime {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.JOINED;
    }
}
