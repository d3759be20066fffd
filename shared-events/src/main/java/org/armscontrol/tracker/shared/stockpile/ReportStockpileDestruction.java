package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records destruction of (part of) a stockpile.
 *
 * @param quantityDestroyed how many were destroyed, or null when the source gives no number
 * @param completed         whether this completes the destruction of the whole stockpile
 */
public record ReportStockpileDestruction(@TargetAggregateIdentifier StockpileId stockpileId, Long quantityDestroyed,
                                         boolean completed, ValidDate date, Source source, String note,
                                         @TargetAggregateVersion Long expectedVersion) {

    public static final int MAX_NOTE_LENGTH = 2_000;

    public ReportStockpileDestruction {
        TextRules.required(stockpileId, "stockpileId");
        if (quantityDestroyed != null && quantityDestroyed <= 0) {
            throw new InvalidValueException("quantityDestroyed", "quantityDestroyed must be positive (null means unknown)");
        }
        TextRules.required(date, "date");
        TextRules.required(source, "source");
        note = TextRules.optionalText(note, "note", MAX_NOTE_LENGTH);
    }
}
