package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * One action in a participation's history as it now stands (corrections applied).
 *
 * @param sequence      sequence number of the event that recorded it, which corrections refer to
 * @param effectiveDate when it changed the state's status (later than {@code date} only for withdrawals)
 */
record RecordedAction(long sequence, TreatyAction action, ValidDate date, ValidDate effectiveDate) {

    RecordedAction correctedTo(ValidDate newDate, ValidDate newEffectiveDate) {
        return new RecordedAction(sequence, action, newDate, newEffectiveDate);
    }

    @Override
    public String toString() {
        return action + " on " + date + (effectiveDate.equals(date) ? "" : " (effective " + effectiveDate + ")");
    }
}
