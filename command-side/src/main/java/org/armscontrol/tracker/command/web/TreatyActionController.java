package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.participation.ParticipationCommand;
import org.armscontrol.tracker.shared.participation.ParticipationId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.armscontrol.tracker.command.participation.ParticipationRule;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Writes of treaty actions (sign, ratify, accede, withdraw, join, leave, adhere) and their corrections. */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Treaty actions", description = "What states did: signatures, ratifications, accessions, withdrawals, "
        + "memberships of regimes; and corrections of their dates")
public class TreatyActionController {

    private final CommandSender sender;

    public TreatyActionController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/treaty-actions")
    @Operation(summary = "Record an action of a state on an instrument",
            description = "201 with the participation and its version; 400 for a bad field; 409 when a rule of "
                    + "the record is broken (ratifying twice, ratifying before signing where signature comes "
                    + "first, accession after signature, withdrawal by a non-party, a date in the future, before "
                    + "the instrument opened or before the previous action).")
    public ResponseEntity<Map<String, Object>> record(@RequestBody TreatyActionRequest body, WriteRequest request) {
        ParticipationCommand command = body.toCommand(request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.created("participationId", result, location(command.participationId()));
    }

    @PostMapping("/participations/{country}/{instrument}/corrections")
    @Operation(summary = "Correct a recorded action: its date, kind (correctedAction), effective date or note",
            description = "The original event stays; the correction is recorded with its reason and source. "
                    + "409 when no recorded action matches, or when the corrected history breaks a rule.")
    public ResponseEntity<Map<String, Object>> correct(@PathVariable String country, @PathVariable String instrument,
                                                       @RequestBody CorrectionRequest body, WriteRequest request) {
        ParticipationCommand command = body.toCommand(country, instrument, request.expectedVersion());
        WriteResult result;
        try {
            result = sender.send(command, request, body);
        } catch (AggregateNotFoundException e) {
            throw nothingToCorrect(country, instrument);
        }
        return WriteResponses.ok("participationId", result, location(command.participationId()));
    }

    @PostMapping("/participations/{country}/{instrument}/voids")
    @Operation(summary = "Void an action recorded in error",
            description = "For an action recorded under the wrong country or instrument, or twice: from then on it "
                    + "counts nowhere (positions, participants, counts, timelines, exports), while knownAt before "
                    + "the void still shows it and the lineage and audit log keep it. 200 with the participation's "
                    + "version; 400 for a bad or missing field (reason and source are required); 409 when no "
                    + "action of that kind and date is recorded (NOTHING_TO_VOID), it is void already "
                    + "(ALREADY_VOID), or the history left without it would break a rule (the rule's code).")
    public ResponseEntity<Map<String, Object>> voidAction(@PathVariable String country,
                                                          @PathVariable String instrument,
                                                          @RequestBody ParticipationVoidRequest body,
                                                          WriteRequest request) {
        ParticipationCommand command = body.toCommand(country, instrument, request.expectedVersion());
        WriteResult result;
        try {
            result = sender.send(command, request, body);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation(ParticipationRule.NOTHING_TO_VOID, "action", "nothing is recorded for "
                    + country + " on " + instrument + ", so there is nothing to void");
        }
        return WriteResponses.ok("participationId", result, location(command.participationId()));
    }

    /** A correction of a participation nothing was ever recorded for breaks a rule, rather than naming no record. */
    static RuleViolation nothingToCorrect(String country, String instrument) {
        return new RuleViolation(ParticipationRule.NOTHING_TO_CORRECT, "action", "nothing is recorded for "
                + country + " on " + instrument + ", so there is nothing to correct");
    }

    private static URI location(ParticipationId id) {
        return URI.create("/api/participations/" + id.country() + "/" + id.instrument());
    }
}
