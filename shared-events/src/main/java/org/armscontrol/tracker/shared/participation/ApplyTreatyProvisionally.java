package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** A signatory's declaration that it applies the instrument provisionally pending ratification (ATT Art. 23). */
public record ApplyTreatyProvisionally(CountryCode country, InstrumentId instrument, ValidDate date, Source source,
                                       String note, Long expectedVersion) implements TreatyActionCommand {

    public ApplyTreatyProvisionally {
        note = TreatyActionCommands.checked(country, instrument, date, source, note);
    }

    @Override
    public TreatyAction action() {
        return TreatyAction.PROVISIONALLY_APPLIED;
    }
}
