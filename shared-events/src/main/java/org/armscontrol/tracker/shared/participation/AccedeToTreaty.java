package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Accession: consent to be bound by a state that did not sign. */
public record AccedeToTreaty(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Long expectedVersion) implements TreatyActionCommand {

    public AccedeToTreaty {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.ACCEDED;
    }
}
