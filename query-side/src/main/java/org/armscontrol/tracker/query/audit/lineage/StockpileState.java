package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** A stockpile: its latest declaration, what was reported destroyed since, and whether it was voided. */
@Component
class StockpileState implements RecordState {

    @Override
    public String recordType() {
        return "Stockpile";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber) {
        Map<String, Object> next = new LinkedHashMap<>(state);
        if (event instanceof StockpileDeclared declared) {
            next.put("weaponSystem", declared.weaponSystem().name());
            next.put("declaration", JsonColumns.toMap(declared.declaration()));
            next.put("destroyed", 0L);
            next.put("remaining", declared.declaration().quantity());
            next.put("destructionCompleted", false);
        } else if (event instanceof StockpileDestructionReported reported) {
            Object destroyed = state.get("destroyed");
            next.put("destroyed", destroyed == null || reported.quantityDestroyed() == null ? null
                    : ((Number) destroyed).longValue() + reported.quantityDestroyed());
            next.put("remaining", reported.remaining());
            next.put("destructionCompleted", reported.completed());
        } else if (event instanceof StockpileDeclarationRevised revised) {
            next.put("declaration", JsonColumns.toMap(revised.declaration()));
        } else if (event instanceof StockpileDeclarationVoided) {
            next.put("voided", true);
        }
        return next;
    }
}
