package org.armscontrol.tracker.query.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where one segment of an event processor stands, read from its token.
 *
 * @param owner         the instance that holds the segment's claim (null when unclaimed)
 * @param position      the global index of the last event handled (0 before the first)
 * @param resetPosition during a replay, the index the replay runs up to (null otherwise)
 * @param replaying     whether the segment is replaying events it had handled before the reset (Axon keeps the
 *                      replay token until an event past the reset position arrives, even once it has caught up)
 */
public record SegmentPosition(int segment, String owner, long position, Long resetPosition, boolean replaying) {

    /** Whether the segment is still replaying events from before the reset, short of the reset position. */
    @JsonProperty("rebuilding")
    public boolean rebuilding() {
        return replaying && resetPosition != null && position < resetPosition;
    }

    /** The share of the replay done, 0 to 1 (1 when not replaying). */
    @JsonProperty("replayProgress")
    public double replayProgress() {
        if (!replaying || resetPosition == null || resetPosition <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) position / resetPosition);
    }
}
