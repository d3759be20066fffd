package org.armscontrol.tracker.query.audit.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.integrity.Checkpoint;
import org.armscontrol.tracker.platform.integrity.EventLogVerifier;
import org.armscontrol.tracker.platform.integrity.IntegrityCheckpoints;
import org.armscontrol.tracker.platform.integrity.VerificationReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Tamper evidence for auditors: verify the event log, and take checkpoints of its streams. */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit: integrity", description = "Integrity of the event log: verification and checkpoints")
public class IntegrityController {

    private final EventLogVerifier verifier;
    private final IntegrityCheckpoints checkpoints;

    IntegrityController(EventLogVerifier verifier, IntegrityCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify that no event was edited or deleted since it was appended",
            description = "Recomputes every event's hash and its link to the previous event of its stream, checks "
                    + "that sequence numbers have no gaps, then that every head recorded by a checkpoint is still "
                    + "there with the same hash. 200 {verified: true, events, streams, checkpoints}, or {verified: "
                    + "false, events (intact before the break), break: {aggregateId, sequenceNumber, globalIndex, "
                    + "problem, detail}} naming the first break: problem is HASH_MISMATCH, CHAIN_BROKEN, "
                    + "SEQUENCE_GAP, STREAM_MISSING, STREAM_TRUNCATED or CHECKPOINT_BROKEN.")
    public VerificationReport verify() {
        return verifier.verify();
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Take a checkpoint of the heads of every stream now",
            description = "201 with the checkpoint. Without checkpoints, a stream deleted whole leaves no trace; "
                    + "with them, verification reports it (STREAM_MISSING, STREAM_TRUNCATED).")
    public ResponseEntity<Checkpoint> takeCheckpoint() {
        Checkpoint checkpoint = checkpoints.take();
        return ResponseEntity.created(URI.create("/api/audit/checkpoints/" + checkpoint.id())).body(checkpoint);
    }

    @GetMapping("/checkpoints/{id}")
    @Operation(summary = "One checkpoint", description = "404 when there is none with this id")
    public Checkpoint checkpoint(@PathVariable long id) {
        return checkpoints.find(id).orElseThrow(() -> new UnknownCheckpointException(id));
    }
}
