package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/** The event that records an action of each kind: the one place that maps a kind to its event type. */
public final class TreatyActionEvents {

    private TreatyActionEvents() {
    }

    public static TreatyActionRecorded recorded(CountryCode country, InstrumentId instrument, TreatyAction action,
                                                ValidDate date, ValidDate effectiveDate, Source source, String note,
                                                Recorder recorder) {
        return switch (action) {
            case SIGNED -> new TreatySigned(country, instrument, date, source, note, recorder);
            case RATIFIED, ACCEPTED, APPROVED, FORMALLY_CONFIRMED ->
                    new TreatyRatified(country, instrument, action, date, source, note, recorder);
            case ACCEDED -> new TreatyAccededTo(country, instrument, date, source, note, recorder);
            case SUCCEEDED -> new TreatySucceededTo(country, instrument, date, source, note, recorder);
            case WITHDREW -> new WithdrawnFromTreaty(country, instrument, date, effectiveDate, source, note, recorder);
            case JOINED -> new RegimeJoined(country, instrument, date, source, note, recorder);
            case LEFT -> new RegimeLeft(country, instrument, date, effectiveDate, source, note, recorder);
            case ADHERED -> new InstrumentAdheredTo(country, instrument, date, source, note, recorder);
            case PROVISIONALLY_APPLIED -> new TreatyProvisionallyApplied(country, instrument, date, source, note,
                    recorder);
            case CONSENTED_TO_BE_BOUND, SUCCEEDED_TO_SIGNATURE, REVOKED_CONSENT, DECLARED_NOT_TO_BECOME_PARTY,
                 SUSPENDED -> new TreatyActionTaken(country, instrument, action, date,
                    effectiveDate == null ? date : effectiveDate, source, note, recorder);
        };
    }
}
