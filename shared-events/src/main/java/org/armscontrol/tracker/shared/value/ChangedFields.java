package org.armscontrol.tracker.shared.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the names of the fields in which two versions of a record differ, in the order they are compared. */
public final class ChangedFields {

    private final List<String> names = new ArrayList<>();

    public ChangedFields compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            names.add(field);
        }
        return this;
    }

    public List<String> list() {
        return List.copyOf(names);
    }
}
