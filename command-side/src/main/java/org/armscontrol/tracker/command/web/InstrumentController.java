package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.WriteResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Writes of the instrument catalogue (admins only): registering an instrument, amending one. */
@RestController
@Tag(name = "Instruments")
public class InstrumentController {

    private final CommandSender sender;

    public InstrumentController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(path = "/api/instruments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an instrument",
            description = "201 {instrumentId, version}; states may act on it at once, checked against its clauses. "
                    + "409 INSTRUMENT_EXISTS for an id of the catalogue (seed or registered); 400 naming the field.")
    public ResponseEntity<Map<String, Object>> register(@RequestBody InstrumentRequest body, WriteRequest request) {
        WriteResult result = sender.send(body.toCommand(request.expectedVersion()), request, body);
        return WriteResponses.created("instrumentId", result, location(result.aggregateId()));
    }

    @PostMapping(path = "/api/instruments/{instrumentId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend an instrument",
            description = "The fields given replace the current ones (absent: kept), for the reason and on the source "
                    + "given; commands sent afterwards are checked against the amended clauses. Seed instruments "
                    + "may be amended too. 404 for an unknown id; 409 AMENDMENT_CHANGES_NOTHING.")
    public ResponseEntity<Map<String, Object>> amend(@PathVariable String instrumentId,
                                                     @RequestBody InstrumentAmendmentRequest body,
                                                     WriteRequest request) {
        WriteResult result = sender.send(body.toCommand(instrumentId, request.expectedVersion()), request, body);
        return WriteResponses.ok("instrumentId", result, location(result.aggregateId()));
    }

    private static URI location(String instrumentId) {
        return URI.create("/api/instruments/" + instrumentId);
    }
}
