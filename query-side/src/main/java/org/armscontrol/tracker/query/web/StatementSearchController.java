package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.query.StatementPage;
import org.armscontrol.tracker.shared.query.StatementSearchQuery;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

/** Searching statements. */
@RestController
@Tag(name = "Statements")
public class StatementSearchController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_QUERY_LENGTH = 500;

    private final QueryGateway queries;
    private final ReadCaching caching;

    StatementSearchController(QueryGateway queries, ReadCaching caching) {
        this.queries = queries;
        this.caching = caching;
    }

    @GetMapping(path = "/api/statements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Statements matching the filters, newest first",
            description = "q is a full-text search over summary, quote and forum (English stemming; quoted "
                    + "phrases, 'or' and -word as in a web search). Retracted statements are left out unless "
                    + "includeRetracted=true.")
    public ResponseEntity<StatementPage> search(@RequestParam(required = false) String country,
                                @RequestParam(required = false) String instrument,
                                @Parameter(description = "SUPPORTS, OPPOSES, CONDITIONAL, NEUTRAL or UNCLEAR")
                                @RequestParam(required = false) String stance,
                                @Parameter(description = "words to search for") @RequestParam(required = false) String q,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "false") boolean includeRetracted,
                                @Parameter(description = CountryController.KNOWN_AT)
                                @RequestParam(required = false) String knownAt,
                                @Parameter(description = "page size, 1 to 500 (default 50)")
                                @RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) Integer offset) {
        ReadParameters parameters = new ReadParameters();
        CountryCode code = country == null ? null : parameters.country(country);
        InstrumentId instrumentId = parameters.instrument(instrument);
        Stance parsedStance = parameters.stance(stance);
        LocalDate fromDate = parameters.date("from", from);
        LocalDate toDate = parameters.date("to", to);
        parameters.requireOrdered("from", fromDate, "to", toDate);
        int pageSize = limit == null ? DEFAULT_LIMIT
                : parameters.between("limit", limit, 1, StatementSearchQuery.MAX_LIMIT);
        int skip = parameters.between("offset", offset, 0, Integer.MAX_VALUE);
        Instant known = parameters.instant("knownAt", knownAt);
        String text = parameters.text("q", q, MAX_QUERY_LENGTH);
        parameters.done();
        return ResponseEntity.ok().cacheControl(caching.of(known, true)).body(Queries.ask(queries,
                new StatementSearchQuery(code, instrumentId, parsedStance, text, fromDate, toDate, includeRetracted,
                        known, pageSize, skip), StatementPage.class));
    }
}
