package org.armscontrol.tracker.platform.integrity;

/**
 * One head recorded by a checkpoint, next to what the event store holds for it now.
 *
 * @param checkpoint         the checkpoint that recorded it
 * @param head               the recorded head; null for a checkpoint that recorded none
 * @param globalIndex        the global index of the event at the recorded sequence number, null when it is gone
 * @param hashNow            the hash stored with that event now, null when it is gone
 * @param streamLastSequence the stream's last sequence number now, null when no event of it is left
 */
record CheckpointedHead(Checkpoint checkpoint, StreamHead head, Long globalIndex, String hashNow,
                        Long streamLastSequence) {
}
