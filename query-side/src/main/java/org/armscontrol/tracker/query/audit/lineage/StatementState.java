package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** A statement: its content, and whether it is retracted. */
@Component
class StatementState implements RecordState {

    @Override
    public String recordType() {
        return "Statement";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber) {
        Map<String, Object> next = new LinkedHashMap<>(state);
        if (event instanceof StatementRecorded recorded) {
            next.put("country", recorded.country().value());
            next.putAll(JsonColumns.toMap(recorded.content()));
            next.put("retracted", false);
        } else if (event instanceof StatementAmended amended) {
            next.putAll(JsonColumns.toMap(amended.content()));
        } else if (event instanceof StatementRetracted) {
            next.put("retracted", true);
        }
        return next;
    }
}
