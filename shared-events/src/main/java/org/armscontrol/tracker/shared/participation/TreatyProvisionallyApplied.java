package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/** A signatory declared that it applies the instrument provisionally from {@code date}, pending ratification. */
@Revision("1")
public record TreatyProvisionallyApplied(CountryCode country, InstrumentId instrument, ValidDate date, Source source,
                                         String note, Recorder recordedBy) implements TreatyActionRecorded {

    @Override
    public TreatyAction action() {
        return TreatyAction.PROVISIONALLY_APPLIED;
    }
}
