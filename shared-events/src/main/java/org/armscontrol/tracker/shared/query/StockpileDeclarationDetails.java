package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;

/**
 * A declaration of a stockpile, as revised; {@code quantity} is null when the source gives no number, {@code note}
 * when the declaration has none.
 */
public record StockpileDeclarationDetails(String stockpileId, String weaponSystem, MunitionCategory category,
                                          Long quantity, StockpileStatus status, String origin, String note)
        implements HistoryDetails {
}
