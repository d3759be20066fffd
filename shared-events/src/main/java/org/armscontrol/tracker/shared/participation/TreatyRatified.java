package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/** A state consented to be bound by ratification, acceptance or approval ({@code action} says which). */
@Revision("1")
public record TreatyRatified(CountryCode country, InstrumentId instrument, TreatyAction action, ValidDate date,
                             Source source, String note, Recorder recordedBy) implements TreatyActionRecorded {
}
