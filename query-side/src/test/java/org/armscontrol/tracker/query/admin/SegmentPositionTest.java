package org.armscontrol.tracker.query.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a segment counts as rebuilding, and how far its replay has come. */
class SegmentPositionTest {

    @Test
    void a_segment_short_of_its_reset_position_is_rebuilding() {
        SegmentPosition segment = new SegmentPosition(0, "node", 250, 1000L, true);
        assertThat(segment.rebuilding()).isTrue();
        assertThat(segment.replayProgress()).isEqualTo(0.25);
    }

    @Test
    void a_segment_that_reached_its_reset_position_has_rebuilt_even_with_its_replay_token_kept() {
        // Axon keeps the replay token until an event past the reset position arrives.
        SegmentPosition segment = new SegmentPosition(0, "node", 1000, 1000L, true);
        assertThat(segment.rebuilding()).isFalse();
        assertThat(segment.replayProgress()).isEqualTo(1.0);
    }

    @Test
    void a_segment_following_live_events_is_not_rebuilding() {
        SegmentPosition segment = new SegmentPosition(3, null, 42, null, false);
        assertThat(segment.rebuilding()).isFalse();
        assertThat(segment.replayProgress()).isEqualTo(1.0);
    }

    @Test
    void a_replay_of_an_empty_store_is_done_at_once() {
        assertThat(new SegmentPosition(0, null, 0, 0L, true).rebuilding()).isFalse();
    }
}
