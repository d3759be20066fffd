package org.armscontrol.tracker.shared.stockpile;

import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Voids a stockpile record recorded in error (wrong country or weapon system, a duplicate), for a stated reason and
 * on a source: its declarations and destruction reports count nowhere from then on, and stay in the event store,
 * the lineage and the reads as known before the void.
 */
public record VoidStockpileDeclaration(@TargetAggregateIdentifier StockpileId stockpileId, Reason reason,
                                       Source source, @TargetAggregateVersion Long expectedVersion) {

    public VoidStockpileDeclaration {
        TextRules.required(stockpileId, "stockpileId");
        TextRules.required(reason, "reason");
        TextRules.required(source, "source");
    }
}
