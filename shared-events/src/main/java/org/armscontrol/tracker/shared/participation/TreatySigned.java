package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/** A state signed a treaty. */
@Revision("1")
public record TreatySigned(CountryCode country, InstrumentId instrument, ValidDate date, Source source, String note,
                     Recorder recordedBy) implements TreatyActionRecorded {

    @Override
    public TreatyAction action() {
        return TreatyAction.SIGNED;
    }
}
