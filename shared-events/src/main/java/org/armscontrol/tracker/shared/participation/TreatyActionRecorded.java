package org.armscontrol.tracker.shared.participation;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * An action of a state on an instrument, as recorded. Each action has its own event type; projections that
 * treat them alike handle this interface.
 */
public interface TreatyActionRecorded {

    CountryCode country();

    InstrumentId instrument();

    TreatyAction action();

    /** When the action took place (valid time). */
    ValidDate date();

    /** When the action changes the state's status; later than {@link #date()} only for withdrawals with notice. */
    default ValidDate effectiveDate() {
        return date();
    }

    Source source();

    String note();

    Recorder recordedBy();

    default ParticipationId participationId() {
        return new ParticipationId(country(), instrument());
    }
}
