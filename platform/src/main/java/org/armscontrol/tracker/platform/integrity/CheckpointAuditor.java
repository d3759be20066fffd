package org.armscontrol.tracker.platform.integrity;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks the checkpoints and the heads they recorded, fed in order of checkpoint id then aggregate id (as
 * {@link HeadsRoot} hashes them), keeping only the state of the checkpoint it is in.
 * <p>
 * For each checkpoint: it follows the previous one (ids without gaps, linked by hash) and its own hash is intact;
 * each recorded head is still in the event store with the hash it had; the recorded heads still hash to its root.
 * The events themselves were checked before, so an event's stored hash can be trusted here.
 */
final class CheckpointAuditor {

    private Checkpoint current;
    private HeadsRoot root;
    private long checkpoints;

    /** Checks the next row; empty when it is intact. */
    Optional<IntegrityBreak> check(CheckpointedHead row) {
        if (current == null || row.checkpoint().id() != current.id()) {
            Optional<IntegrityBreak> unfinished = finish();
            if (unfinished.isPresent()) {
                return unfinished;
            }
            Optional<IntegrityBreak> broken = follows(row.checkpoint());
            if (broken.isPresent()) {
                return broken;
            }
            current = row.checkpoint();
            root = new HeadsRoot();
            checkpoints++;
        }
        if (row.head() == null) {
            return Optional.empty();
        }
        root.add(row.head());
        return stillThere(row);
    }

    /** Closes the checkpoint being checked (its root hash); call once after the last row. */
    Optional<IntegrityBreak> finish() {
        if (current == null || root == null) {
            return Optional.empty();
        }
        String recomputed = root.hex();
        root = null;
        if (!recomputed.equals(current.rootHash())) {
            return Optional.of(checkpointBroken("the heads it recorded hash to " + recomputed + " instead of its root "
                    + "hash " + current.rootHash() + ": a recorded head was removed or altered"));
        }
        return Optional.empty();
    }

    /** Checkpoints met so far. */
    long checkpoints() {
        return checkpoints;
    }

    private Optional<IntegrityBreak> follows(Checkpoint next) {
        long expectedId = current == null ? 1 : current.id() + 1;
        String expectedLink = current == null ? EventHash.GENESIS : current.checkpointHash();
        if (next.id() != expectedId) {
            return Optional.of(broken(next, "checkpoint " + expectedId + " is missing (the next one is " + next.id()
                    + "): it was deleted"));
        }
        if (!next.previousCheckpointHash().equals(expectedLink)) {
            return Optional.of(broken(next, "it links to " + next.previousCheckpointHash() + " but the checkpoint "
                    + "before it has hash " + expectedLink + ": a checkpoint was replaced"));
        }
        if (!next.recomputedHash().equals(next.checkpointHash())) {
            return Optional.of(broken(next, "its stored hash is " + next.checkpointHash() + " but its columns hash "
                    + "to " + next.recomputedHash() + ": it was edited"));
        }
        return Optional.empty();
    }

    private Optional<IntegrityBreak> stillThere(CheckpointedHead row) {
        StreamHead head = row.head();
        String recorded = "checkpoint " + current.id() + " (" + current.takenAt() + ") recorded " + head.aggregateId()
                + " up to event " + head.lastSequence();
        if (row.streamLastSequence() == null) {
            return Optional.of(new IntegrityBreak(head.aggregateId(), head.lastSequence(), null,
                    IntegrityProblem.STREAM_MISSING, "Stream " + head.aggregateId() + " is missing: " + recorded
                    + " but no event of it is left; it was deleted."));
        }
        if (row.streamLastSequence() < head.lastSequence()) {
            long firstMissing = row.streamLastSequence() + 1;
            return Optional.of(new IntegrityBreak(head.aggregateId(), firstMissing, null,
                    IntegrityProblem.STREAM_TRUNCATED, "Stream " + head.aggregateId() + " ends at event "
                    + row.streamLastSequence() + " but " + recorded + ": its events from " + firstMissing
                    + " on were deleted."));
        }
        if (row.globalIndex() == null) {
            // Only reachable if the events were not checked first: a gap inside the stream.
            return Optional.of(new IntegrityBreak(head.aggregateId(), head.lastSequence(), null,
                    IntegrityProblem.SEQUENCE_GAP, "Event " + head.lastSequence() + " of " + head.aggregateId()
                    + " is missing but " + recorded + "."));
        }
        if (!Objects.equals(row.hashNow(), head.lastHash())) {
            return Optional.of(new IntegrityBreak(head.aggregateId(), head.lastSequence(), row.globalIndex(),
                    IntegrityProblem.HASH_MISMATCH, "Event " + head.lastSequence() + " of " + head.aggregateId()
                    + " (global index " + row.globalIndex() + ") has hash " + row.hashNow() + " but " + recorded
                    + " with hash " + head.lastHash() + ": the stream was rewritten since."));
        }
        return Optional.empty();
    }

    private IntegrityBreak checkpointBroken(String why) {
        return broken(current, why);
    }

    private static IntegrityBreak broken(Checkpoint checkpoint, String why) {
        return new IntegrityBreak(null, null, null, IntegrityProblem.CHECKPOINT_BROKEN,
                "Checkpoint " + checkpoint.id() + ": " + why + ".");
    }
}
