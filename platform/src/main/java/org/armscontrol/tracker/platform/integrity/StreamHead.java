package org.armscontrol.tracker.platform.integrity;

/**
 * The last event of a stream as a checkpoint recorded it: a row of {@code event_store.integrity_checkpoint_heads}.
 *
 * @param lastHash null only for an event stored before events carried a hash
 */
record StreamHead(String aggregateId, long lastSequence, String lastHash) {
}
