package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Subscription to a political commitment such as the Hague Code of Conduct. */
public record AdhereToInstrument(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Long expectedVersion) implements TreatyActionCommand {

    public AdhereToInstrument {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.ADHERED;
    }
}
