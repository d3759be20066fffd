package org.armscontrol.tracker.query.audit.lineage;

import java.util.Map;

/**
 * What a record says after each of its events, as a tree of plain values. Each kind of record folds its own
 * events; the lineage compares consecutive states field by field.
 */
interface RecordState {

    /** The record type this folds, as the event store names it (the aggregate type). */
    String recordType();

    /** The state after {@code event}, given the state before it (empty for the first event). */
    Map<String, Object> apply(Map<String, Object> state, Object event, long sequenceNumber);
}
