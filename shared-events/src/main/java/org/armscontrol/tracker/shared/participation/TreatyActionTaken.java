package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.serialization.Revision;

/**
 * A state took an action of a kind added to the vocabulary after the first ones (consent to be bound, signature by
 * succession, revocation of consent, declaration of no intent to become a party, suspension): one event type for
 * all of them, {@code action} says which. The first kinds keep their own event types ({@link TreatySigned},
 * {@link TreatyRatified}, …) so that stored streams read as they always did.
 */
@Revision("1")
public record TreatyActionTaken(CountryCode country, InstrumentId instrument, TreatyAction action, ValidDate date,
                                ValidDate effectiveDate, Source source, String note, Recorder recordedBy)
        implements TreatyActionRecorded {
}
