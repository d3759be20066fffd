package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/** A state left a regime, initiative or code, with effect on {@code effectiveDate}. */
@Revision("1")
public record RegimeLeft(CountryCode country, InstrumentId instrument, ValidDate date, ValidDate effectiveDate,
                     Source source, String note, Recorder recordedBy) implements TreatyActionRecorded {

    @Override
    public TreatyAction action() {
        return TreatyAction.LEFT;
    }
}
