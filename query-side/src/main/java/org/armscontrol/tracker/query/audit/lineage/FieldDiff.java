package org.armscontrol.tracker.query.audit.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two states leaf by leaf; a field is named by its path ({@code actions.1.date.date}). */
final class FieldDiff {

    private FieldDiff() {
    }

    static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = flatten(before);
        Map<String, Object> is = flatten(after);
        List<FieldChange> changes = new ArrayList<>();
        is.forEach((field, value) -> {
            if (!was.containsKey(field) ? value != null : !Objects.equals(was.get(field), value)) {
                changes.add(new FieldChange(field, was.get(field), value));
            }
        });
        was.forEach((field, value) -> {
            if (!is.containsKey(field) && value != null) {
                changes.add(new FieldChange(field, value, null));
            }
        });
        return changes;
    }

    /** Nested maps become dotted paths; lists and scalars are leaves. */
    static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        flatten("", tree, leaves);
        return leaves;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> leaves) {
        tree.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, (Map<String, Object>) nested, leaves);
            } else {
                leaves.put(path, value);
            }
        });
    }
}
