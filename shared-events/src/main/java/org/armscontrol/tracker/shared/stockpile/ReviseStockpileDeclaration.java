package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the latest declaration of a stockpile, for a stated reason; the earlier version stays on record. */
public record ReviseStockpileDeclaration(@TargetAggregateIdentifier StockpileId stockpileId, StockpileChanges changes,
                                         Reason reason, @TargetAggregateVersion Long expectedVersion) {

    public ReviseStockpileDeclaration {
        TextRules.required(stockpileId, "stockpileId");
        TextRules.required(changes, "changes");
        TextRules.required(reason, "reason");
    }
}
