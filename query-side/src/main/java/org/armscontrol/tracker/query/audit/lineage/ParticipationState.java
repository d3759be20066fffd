package org.armscontrol.tracker.query.audit.lineage;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A country's participation in an instrument: its actions (keyed by their sequence number, so that a correction
 * shows as a change of that action's dates) and the status the latest action left.
 */
@Component
class ParticipationState implements RecordState {

    @Override
    public String recordType() {
        return "TreatyParticipation";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber) {
        Map<String, Object> next = new LinkedHashMap<>(state);
        Map<String, Object> actions = new LinkedHashMap<>(
                (Map<String, Object>) state.getOrDefault("actions", Map.of()));
        if (event instanceof TreatyActionRecorded recorded) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("action", recorded.action().name());
            action.put("date", JsonColumns.toMap(recorded.date()));
            action.put("effectiveDate", JsonColumns.toMap(
                    recorded.effectiveDate() != null ? recorded.effectiveDate() : recorded.date()));
            action.put("note", recorded.note());
            action.put("source", JsonColumns.toMap(recorded.source()));
            actions.put(Long.toString(sequenceNumber), action);
            next.put("status", recorded.action().resultingStatus().name());
        } else if (event instanceof TreatyActionCorrected corrected) {
            String key = Long.toString(corrected.correctedSequence());
            Map<String, Object> action = new LinkedHashMap<>((Map<String, Object>) actions.get(key));
            action.put("date", JsonColumns.toMap(corrected.date()));
            action.put("effectiveDate", JsonColumns.toMap(
                    corrected.effectiveDate() != null ? corrected.effectiveDate() : corrected.date()));
            actions.put(key, action);
        }
        next.put("actions", actions);
        return next;
    }
}
