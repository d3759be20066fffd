package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.command.duplicates.ProbableDuplicates;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Writes of statements: recording, amending, retracting. */
@RestController
@RequestMapping(path = "/api/statements", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Statements", description = "What states said, with amendments and retractions")
public class StatementController {

    private final CommandSender sender;
    private final ProbableDuplicates duplicates;

    public StatementController(CommandSender sender, ProbableDuplicates duplicates) {
        this.sender = sender;
        this.duplicates = duplicates;
    }

    @PostMapping("/probable-duplicates")
    @Operation(summary = "The statements on record that a statement probably duplicates, before recording it",
            description = "Takes the body of POST /api/statements, checks it as that write would (400 naming each "
                    + "bad field), records nothing, and answers {probableDuplicates: [{statementId, forum, summary, "
                    + "retracted}]}: the statements of the same country and date with the same forum or summary "
                    + "(ignoring case and runs of spaces) or one of the same instruments. The rule an import "
                    + "applies to its statement rows (duplicates=skip).")
    public Map<String, List<ProbableDuplicates.StatementOnRecord>> probableDuplicates(
            @RequestBody StatementRequest body) {
        RecordStatement statement = body.toCommand(StatementId.random());
        return Map.of("probableDuplicates", duplicates.of(statement.country(), statement.content().date().date(),
                statement.content().forum(), statement.content().summary(),
                statement.content().instruments().stream().map(InstrumentId::value).toList()));
    }

    @PostMapping
    @Operation(summary = "Record a statement", description = "201 with the new statement's id and version 0.")
    public ResponseEntity<Map<String, Object>> record(@RequestBody StatementRequest body, WriteRequest request) {
        RecordStatement command = body.toCommand(StatementId.random());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.created("statementId", result, location(result.aggregateId()));
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Amend a statement", description = "Changes the fields given, for the reason given; the "
            + "earlier version stays in the history. 404 for an unknown statement, 409 if it was retracted or "
            + "the amendment changes nothing.")
    public ResponseEntity<Map<String, Object>> amend(@PathVariable String id,
                                                     @RequestBody StatementAmendmentRequest body,
                                                     WriteRequest request) {
        WriteResult result = sender.send(body.toCommand(id, request.expectedVersion()), request, body);
        return WriteResponses.ok("statementId", result, location(id));
    }

    @PostMapping("/{id}/retraction")
    @Operation(summary = "Retract a statement", description = "It stays visible in the history as retracted. "
            + "404 for an unknown statement, 409 if it is already retracted.")
    public ResponseEntity<Map<String, Object>> retract(@PathVariable String id, @RequestBody RetractionRequest body,
                                                       WriteRequest request) {
        WriteResult result = sender.send(body.toCommand(id, request.expectedVersion()), request, body);
        return WriteResponses.ok("statementId", result, location(id));
    }

    private static URI location(String id) {
        return URI.create("/api/statements/" + id);
    }
}
