package org.armscontrol.tracker.platform.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A checkpoint of the event log: a row of {@code event_store.integrity_checkpoints}.
 * <p>
 * Its hash is SHA-256, framed as {@link HashFrame} describes, over the label {@value #LABEL}, id, the instant taken
 * (microseconds since the epoch), head global index, events, streams, root hash and the previous checkpoint's hash:
 * the checkpoints form a chain of their own, starting from {@link EventHash#GENESIS}.
 *
 * @param id                     1, 2, 3, ... in the order taken
 * @param takenAt                when it was taken (whole microseconds)
 * @param headGlobalIndex        the highest global index in the event store then (0 when empty)
 * @param events                 how many events the store held then
 * @param streams                how many streams (aggregates) it held then
 * @param rootHash               the hash of the heads this checkpoint recorded (see {@link HeadsRoot})
 * @param previousCheckpointHash the hash of checkpoint {@code id - 1}, or the genesis value for the first
 * @param checkpointHash         the hash of all of the above
 */
public record Checkpoint(long id, Instant takenAt, long headGlobalIndex, long events, long streams, String rootHash,
                         String previousCheckpointHash, String checkpointHash) {

    static final String LABEL = "position-tracker/checkpoint/v1";

    /** A new checkpoint, with its hash computed. */
    static Checkpoint seal(long id, Instant takenAt, long headGlobalIndex, long events, long streams, String rootHash,
                           String previousCheckpointHash) {
        Instant micros = takenAt.truncatedTo(ChronoUnit.MICROS);
        return new Checkpoint(id, micros, headGlobalIndex, events, streams, rootHash, previousCheckpointHash,
                hashOf(id, micros, headGlobalIndex, events, streams, rootHash, previousCheckpointHash));
    }

    /** Reads the checkpoint columns of a row (named as in the table). */
    static Checkpoint read(ResultSet row) throws SQLException {
        return new Checkpoint(row.getLong("id"), row.getObject("taken_at", OffsetDateTime.class).toInstant(),
                row.getLong("head_global_index"), row.getLong("events"), row.getLong("streams"),
                row.getString("root_hash"), row.getString("previous_checkpoint_hash"),
                row.getString("checkpoint_hash"));
    }

    /** What this checkpoint's hash should be, given its other columns as they are now. */
    String recomputedHash() {
        return hashOf(id, takenAt, headGlobalIndex, events, streams, rootHash, previousCheckpointHash);
    }

    private static String hashOf(long id, Instant takenAt, long headGlobalIndex, long events, long streams,
                                 String rootHash, String previousCheckpointHash) {
        return HashFrame.labelled(LABEL)
                .number(id)
                .instant(takenAt)
                .number(headGlobalIndex)
                .number(events)
                .number(streams)
                .text(rootHash)
                .text(previousCheckpointHash)
                .hex();
    }
}
