package org.armscontrol.tracker.shared.query;

import org.armscontrol.tracker.shared.value.Source;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A later change to a fact on the timeline: what changed (each changed field's value before and after), why, on
 * which source, who recorded it and when.
 */
public record HistoryChange(HistoryChangeKind kind, List<String> changedFields, Map<String, Object> before,
                            Map<String, Object> after, String reason, Source source, Instant recordedAt,
                            String recordedBy) {

    public HistoryChange {
        changedFields = List.copyOf(changedFields);
    }
}
