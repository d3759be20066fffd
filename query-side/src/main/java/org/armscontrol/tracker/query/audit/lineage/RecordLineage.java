package org.armscontrol.tracker.query.audit.lineage;

import java.util.List;

/** Every version of one record (a participation, a statement or a stockpile), oldest first. */
public record RecordLineage(String recordId, String recordType, List<LineageVersion> versions) {

    public RecordLineage {
        versions = List.copyOf(versions);
    }
}
