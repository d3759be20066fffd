package org.armscontrol.tracker.platform.integrity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Checking checkpoints: their chain, their root, and the heads they recorded against the store as it is now. */
class CheckpointAuditorTest {

    private static final Instant TAKEN_AT = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    private final StreamHead headA = new StreamHead("BLR:CCM", 2, HASH_A);
    private final StreamHead headB = new StreamHead("st-1", 0, HASH_B);

    @Test
    void checkpoint_and_root_hashes_follow_the_documented_framing() {
        // Computed outside Java from the documentation (same framing as events).
        assertThat(Checkpoint.seal(1, Instant.parse("2026-11-23T10:15:30.123456789Z"), 42, 40, 3, "a".repeat(64),
                EventHash.GENESIS).checkpointHash())
                .isEqualTo("26bed16af3aa222e2c81959ba9a7e1094fdfe926106e013f69ca53c8c0b79848");
        assertThat(new HeadsRoot().add(new StreamHead("BLR:CCM", 2, "b".repeat(64)))
                .add(new StreamHead("st-1", 0, null)).hex())
                .isEqualTo("1b2a863d8a29a6973f6beba7e1f89b1acbaed7541c3ef833a46fc56cc590fbc8");
    }

    @Test
    void intact_checkpoints_pass_and_are_counted() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS, headA, headB);
        Checkpoint second = checkpoint(2, first.checkpointHash());
        CheckpointAuditor auditor = new CheckpointAuditor();

        assertThat(check(auditor, List.of(present(first, headA, 3), present(first, headB, 1),
                new CheckpointedHead(second, null, null, null, null)))).isEmpty();
        assertThat(auditor.checkpoints()).isEqualTo(2);
    }

    @Test
    void a_stream_with_no_event_left_is_missing() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS, headA, headB);
        IntegrityBreak found = check(new CheckpointAuditor(), List.of(present(first, headA, 3),
                new CheckpointedHead(first, headB, null, null, null))).orElseThrow();
        assertThat(found.problem()).isEqualTo(IntegrityProblem.STREAM_MISSING);
        assertThat(found.aggregateId()).isEqualTo("st-1");
    }

    @Test
    void a_stream_that_ends_before_its_recorded_head_is_truncated() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS, headA);
        IntegrityBreak found = check(new CheckpointAuditor(),
                List.of(new CheckpointedHead(first, headA, null, null, 0L))).orElseThrow();
        assertThat(found.problem()).isEqualTo(IntegrityProblem.STREAM_TRUNCATED);
        assertThat(found.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void a_head_whose_hash_changed_was_rewritten() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS, headA);
        IntegrityBreak found = check(new CheckpointAuditor(),
                List.of(new CheckpointedHead(first, headA, 7L, "c".repeat(64), 2L))).orElseThrow();
        assertThat(found.problem()).isEqualTo(IntegrityProblem.HASH_MISMATCH);
        assertThat(found.globalIndex()).isEqualTo(7);
    }

    @Test
    void a_removed_head_row_breaks_the_root() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS, headA, headB);
        IntegrityBreak found = check(new CheckpointAuditor(), List.of(present(first, headA, 3))).orElseThrow();
        assertThat(found.problem()).isEqualTo(IntegrityProblem.CHECKPOINT_BROKEN);
        assertThat(found.detail()).contains("Checkpoint 1", "a recorded head was removed or altered");
    }

    @Test
    void an_edited_deleted_or_relinked_checkpoint_is_broken() {
        Checkpoint first = checkpoint(1, EventHash.GENESIS);
        Checkpoint second = checkpoint(2, first.checkpointHash());
        Checkpoint edited = new Checkpoint(1, first.takenAt(), first.headGlobalIndex(), first.events() + 1,
                first.streams(), first.rootHash(), first.previousCheckpointHash(), first.checkpointHash());
        Checkpoint third = checkpoint(3, second.checkpointHash());
        Checkpoint relinked = checkpoint(2, "d".repeat(64));

        assertThat(check(new CheckpointAuditor(), List.of(empty(edited))).orElseThrow().detail())
                .contains("it was edited");
        assertThat(check(new CheckpointAuditor(), List.of(empty(first), empty(third))).orElseThrow().detail())
                .contains("checkpoint 2 is missing");
        assertThat(check(new CheckpointAuditor(), List.of(empty(first), empty(relinked))).orElseThrow().detail())
                .contains("a checkpoint was replaced");
        assertThat(check(new CheckpointAuditor(), List.of(empty(second))).orElseThrow().problem())
                .isEqualTo(IntegrityProblem.CHECKPOINT_BROKEN);
    }

    private static Optional<IntegrityBreak> check(CheckpointAuditor auditor, List<CheckpointedHead> rows) {
        for (CheckpointedHead row : rows) {
            Optional<IntegrityBreak> found = auditor.check(row);
            if (found.isPresent()) {
                return found;
            }
        }
        return auditor.finish();
    }

    private static Checkpoint checkpoint(long id, String previous, StreamHead... heads) {
        HeadsRoot root = new HeadsRoot();
        List.of(heads).forEach(root::add);
        return Checkpoint.seal(id, TAKEN_AT.plusSeconds(id), 10 * id, 10 * id, 2, root.hex(), previous);
    }

    private static CheckpointedHead present(Checkpoint checkpoint, StreamHead head, long globalIndex) {
        return new CheckpointedHead(checkpoint, head, globalIndex, head.lastHash(), head.lastSequence());
    }

    private static CheckpointedHead empty(Checkpoint checkpoint) {
        return new CheckpointedHead(checkpoint, null, null, null, null);
    }
}
