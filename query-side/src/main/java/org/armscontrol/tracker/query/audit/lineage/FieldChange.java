package org.armscontrol.tracker.query.audit.lineage;

/** One field of a record changed by one event: its value before (null: absent) and after (null: removed). */
public record FieldChange(String field, Object before, Object after) {
}
