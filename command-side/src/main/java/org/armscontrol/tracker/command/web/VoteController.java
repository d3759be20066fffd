package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.vote.RecordVote;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Writes of General Assembly votes: recording, correcting and voiding. */
@RestController
@RequestMapping(path = "/api/votes", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Votes", description = "How states voted on UN General Assembly resolutions, with corrections")
public class VoteController {

    private final CommandSender sender;

    public VoteController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Record a vote", description = "201 with the vote's id (COUNTRY:RESOLUTION with / written _, "
            + "e.g. BLR:A_RES_79_56) and version 0. 409 ALREADY_VOTED when the country's vote on the resolution is "
            + "already recorded (correct it instead), DATE_IN_FUTURE for a date after today.")
    public ResponseEntity<Map<String, Object>> record(@RequestBody VoteRequest body, WriteRequest request) {
        RecordVote command = body.toCommand(request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.created("voteId", result, location(result.aggregateId()));
    }

    @PostMapping("/{voteId}/corrections")
    @Operation(summary = "Correct a vote", description = "Changes the vote, the date or both, for the reason and on "
            + "the source given; the recorded version stays in the history. 404 for an unknown vote, 409 "
            + "CORRECTION_CHANGES_NOTHING when the values given are the current ones.")
    public ResponseEntity<Map<String, Object>> correct(@PathVariable String voteId,
                                                       @RequestBody VoteCorrectionRequest body, WriteRequest request) {
        WriteResult result = sender.send(body.toCommand(voteId, request.expectedVersion()), request, body);
        return WriteResponses.ok("voteId", result, location(result.aggregateId()));
    }

    @PostMapping("/{voteId}/voids")
    @Operation(summary = "Void a vote recorded in error",
            description = "For a vote recorded in error (wrong country or resolution, a duplicate), with the reason "
                    + "and the source: it counts nowhere from then on, while reads with knownAt before the void, the "
                    + "lineage and the audit log keep it. 404 for an unknown vote; 409 ALREADY_VOID for a second "
                    + "void, VOIDED for a correction after it.")
    public ResponseEntity<Map<String, Object>> voidVote(@PathVariable String voteId, @RequestBody VoidRequest body,
                                                        WriteRequest request) {
        WriteResult result = sender.send(body.toVoteCommand(voteId, request.expectedVersion()), request, body);
        return WriteResponses.ok("voteId", result, location(result.aggregateId()));
    }

    private static URI location(String voteId) {
        return URI.create("/api/votes/" + voteId);
    }
}
