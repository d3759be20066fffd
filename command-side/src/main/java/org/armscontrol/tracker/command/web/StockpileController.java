package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Writes of stockpile declarations, destruction reports and revisions. */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stockpiles", description = "What states hold, as sources report it")
public class StockpileController {

    private final CommandSender sender;

    public StockpileController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/stockpile-declarations")
    @Operation(summary = "Record a stockpile declaration",
            description = "The first declaration of a country's weapon system opens its stockpile record "
                    + "(COUNTRY:WEAPON-SYSTEM); later ones record how it changed, dated no earlier than the last.")
    public ResponseEntity<Map<String, Object>> declare(@RequestBody StockpileDeclarationRequest body,
                                                       WriteRequest request) {
        DeclareStockpile command = body.toCommand(request.expectedVersion());
        WriteResult result = sender.send(command, request, body);
        return WriteResponses.created("stockpileId", result, location(command.stockpileId()));
    }

    @PostMapping("/stockpiles/{country}/{weaponSystem}/destructions")
    @Operation(summary = "Report destruction of (part of) a stockpile",
            description = "404 for an unknown stockpile; 409 if it is already destroyed or the quantity exceeds "
                    + "what is known to remain.")
    public ResponseEntity<Map<String, Object>> destroy(@PathVariable String country, @PathVariable String weaponSystem,
                                                       @RequestBody DestructionRequest body, WriteRequest request) {
        StockpileId id = stockpileId(country, weaponSystem);
        WriteResult result = sender.send(body.toCommand(id, request.expectedVersion()), request, body);
        return WriteResponses.ok("stockpileId", result, location(id));
    }

    @PostMapping("/stockpiles/{country}/{weaponSystem}/revisions")
    @Operation(summary = "Revise the latest declaration of a stockpile",
            description = "Changes the fields given, for the reason given; the earlier version stays in the history.")
    public ResponseEntity<Map<String, Object>> revise(@PathVariable String country, @PathVariable String weaponSystem,
                                                      @RequestBody StockpileRevisionRequest body, WriteRequest request) {
        StockpileId id = stockpileId(country, weaponSystem);
        WriteResult result = sender.send(body.toCommand(id, request.expectedVersion()), request, body);
        return WriteResponses.ok("stockpileId", result, location(id));
    }

    @PostMapping("/stockpiles/{country}/{weaponSystem}/voids")
    @Operation(summary = "Void a stockpile recorded in error",
            description = "For a record made in error (wrong country or weapon system, a duplicate), with the reason "
                    + "and the source: its declarations and destruction reports count nowhere from then on, while "
                    + "reads with knownAt before the void, the lineage and the audit log keep them. 404 for an "
                    + "unknown stockpile; 409 ALREADY_VOID for a second void, VOIDED for any write after it.")
    public ResponseEntity<Map<String, Object>> voidRecord(@PathVariable String country,
                                                          @PathVariable String weaponSystem,
                                                          @RequestBody VoidRequest body, WriteRequest request) {
        StockpileId id = stockpileId(country, weaponSystem);
        WriteResult result = sender.send(body.toStockpileCommand(id, request.expectedVersion()), request, body);
        return WriteResponses.ok("stockpileId", result, location(id));
    }

    /** The weapon system in the path may be its key (RBK-500) or its name as recorded ("rbk 500"). */
    private static StockpileId stockpileId(String country, String weaponSystem) {
        FieldParser parser = new FieldParser();
        CountryCode parsedCountry = parser.parse("country", () -> CountryCode.of(country));
        WeaponSystem parsedSystem = parser.parse("weaponSystem", () -> WeaponSystem.of(weaponSystem));
        parser.throwIfInvalid();
        return StockpileId.of(parsedCountry, parsedSystem);
    }

    private static URI location(StockpileId id) {
        return URI.create("/api/stockpiles/" + id.country() + "/" + id.weaponSystemKey());
    }
}
