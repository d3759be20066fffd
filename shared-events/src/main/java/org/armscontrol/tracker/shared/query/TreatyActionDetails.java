package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;

/**
 * A treaty action. {@code effectiveDate} is when the status changes (a withdrawal takes effect after its notice);
 * {@code originalDate} and {@code originalEffectiveDate} are the dates as first recorded, kept when corrected.
 */
public record TreatyActionDetails(TreatyAction action, ParticipationStatus resultingStatus, LocalDate effectiveDate,
                                  DatePrecision effectivePrecision, String note, LocalDate originalDate,
                                  DatePrecision originalPrecision, LocalDate originalEffectiveDate)
        implements HistoryDetails {
}
