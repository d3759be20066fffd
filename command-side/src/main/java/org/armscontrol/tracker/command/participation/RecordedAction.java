package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.ValidDate;

/**
 * One action in a participation's history as it now stands (corrections applied).
 *
 * @param sequence      sequence number of the event that recorded it, which corrections and voids refer to
 * @param effectiveDate when it changed the state's status (later than {@code date} only for withdrawals)
 * @param voided        whether it was voided (recorded in error): it then counts for no rule
 */
record RecordedAction(long sequence, TreatyAction action, ValidDate date, ValidDate effectiveDate, String note,
                      boolean voided) {

    static RecordedAction recorded(long sequence, TreatyAction action, ValidDate date, ValidDate effectiveDate,
                                   String note) {
        return new RecordedAction(sequence, action, date, effectiveDate == null ? date : effectiveDate, note, false);
    }

    RecordedAction correctedTo(TreatyAction newAction, ValidDate newDate, ValidDate newEffectiveDate,
                               String newNote) {
        return new RecordedAction(sequence, newAction, newDate, newEffectiveDate, newNote, voided);
    }

    RecordedAction asVoided() {
        return new RecordedAction(sequence, action, date, effectiveDate, note, true);
    }

    @Override
    public String toString() {
        return action + " on " + date + (effectiveDate.equals(date) ? "" : " (effective " + effectiveDate + ")");
    }
}
