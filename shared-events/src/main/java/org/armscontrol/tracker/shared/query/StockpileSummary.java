package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;

/**
 * A stockpile at a date: its latest declaration by then, and what was reported destroyed since it. Quantities
 * are null when unknown; {@code remaining} is known only when the declared quantity and every destroyed quantity
 * are. {@code note} is the latest declaration's note, or null.
 */
public record StockpileSummary(String stockpileId, String weaponSystem, MunitionCategory category,
                               StockpileStatus status, Long declaredQuantity, Long destroyed, Long remaining,
                               String origin, LocalDate declaredOn, DatePrecision declaredPrecision,
                               LocalDate lastReportOn, String note) {
}
