package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.query.export.CsvExports;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.CountryHistoryQuery;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.CountryPositionQuery;
import org.armscontrol.tracker.shared.query.HistoryCursor;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** A country's timeline (as JSON or CSV) and its position at a date. */
@RestController
@RequestMapping(path = "/api/countries/{country}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Countries", description = "Position histories per country")
public class CountryController {

    static final String KNOWN_AT = "answer as the tracker knew it at this instant (ISO-8601, e.g. "
            + "2026-11-23T10:15:30Z): only what was recorded by then counts; default now";
    static final String BASIS = "what PARTY counts: deposited (default: every state that deposited its consent) or "
            + "in-force (only states for which the instrument is in force on the date; the others that deposited "
            + "count as DEPOSITED_NOT_IN_FORCE)";
    static final String FORMAT = "csv or json: the answer as a file to download (wins over Accept); "
            + "CSV is UTF-8, RFC 4180, and text cells starting with = + - @ get a leading '";

    /** The largest page: a timeline of thousands of entries in a few answers, each quick to write and to send. */
    static final int MAX_HISTORY_LIMIT = 1000;

    private final QueryGateway queries;
    private final ReadCaching caching;
    private final Clock clock;

    CountryController(QueryGateway queries, ReadCaching caching, Clock clock) {
        this.queries = queries;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping("/history")
    @Operation(summary = "The country's timeline, ordered by valid date",
            description = "Every treaty action, statement and stockpile report with its source, recordedAt, "
                    + "recordedBy, and the corrections, amendments, retraction or revisions made to it since. "
                    + "As CSV (one row per entry) with Accept: text/csv or format=csv, as an attachment "
                    + "<country>-history-<today>.csv; format=json downloads the JSON as a file. Paged with limit "
                    + "(and cursor, the next of the previous page; next is null on the last page); the whole "
                    + "timeline without them. Files are never paged.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CountryHistory.class)),
            @Content(mediaType = ExportFormat.TEXT_CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<Object> history(@PathVariable String country,
                                          @Parameter(description = "only entries concerning this instrument")
                                          @RequestParam(required = false) String instrument,
                                          @Parameter(description = "only entries dated on or after (ISO date)")
                                          @RequestParam(required = false) String from,
                                          @Parameter(description = "only entries dated on or before (ISO date)")
                                          @RequestParam(required = false) String to,
                                          @Parameter(description = KNOWN_AT)
                                          @RequestParam(required = false) String knownAt,
                                          @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                                          @Parameter(description = "page size, 1 to 1000 (default: the whole "
                                                  + "timeline, or all after the cursor)")
                                          @RequestParam(required = false) Integer limit,
                                          @Parameter(description = "where the page starts: the next of the "
                                                  + "previous page, as given")
                                          @RequestParam(required = false) String cursor) {
        return history(country, instrument, from, to, knownAt, format, limit, cursor, ExportFormat.JSON);
    }

    /** The same read asked with Accept: text/csv. */
    @GetMapping(path = "/history", produces = ExportFormat.TEXT_CSV)
    @Operation(summary = "The country's timeline as CSV, one row per entry (or JSON with format=json)")
    public ResponseEntity<Object> historyAsCsv(@PathVariable String country,
                                               @RequestParam(required = false) String instrument,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String knownAt,
                                               @RequestParam(required = false) String format,
                                               @RequestParam(required = false) Integer limit,
                                               @RequestParam(required = false) String cursor) {
        return history(country, instrument, from, to, knownAt, format, limit, cursor, ExportFormat.CSV);
    }

    private ResponseEntity<Object> history(String country, String instrument, String from, String to,
                                           String knownAt, String format, Integer limit, String cursor,
                                           ExportFormat byAccept) {
        ReadParameters parameters = new ReadParameters();
        CountryCode code = parameters.country(country);
        InstrumentId instrumentId = parameters.instrument(instrument);
        LocalDate fromDate = parameters.date("from", from);
        LocalDate toDate = parameters.date("to", to);
        parameters.requireOrdered("from", fromDate, "to", toDate);
        Instant known = parameters.instant("knownAt", knownAt);
        Download download = new Download(parameters.format(format), byAccept);
        Integer pageSize = limit == null ? null : parameters.between("limit", limit, 1, MAX_HISTORY_LIMIT);
        HistoryCursor after = parameters.cursor(cursor);
        if (download.attachment()) {
            // A file holds the whole timeline: a page of it would pass for all of it.
            if (limit != null) {
                parameters.reject("limit", "a file of the history is not paged; leave limit out, or read the JSON");
            }
            if (cursor != null) {
                parameters.reject("cursor", "a file of the history is not paged; leave cursor out, or read the JSON");
            }
        }
        parameters.done();
        CountryHistory history = Queries.ask(queries,
                new CountryHistoryQuery(code, instrumentId, fromDate, toDate, known, pageSize, after),
                CountryHistory.class);
        // A file is named by today's date, so only the plain JSON answer can be final.
        return download.answer(code.value() + "-history-" + LocalDate.now(clock), history,
                () -> CsvExports.of(history), caching.of(known, !download.attachment()));
    }

    @GetMapping("/position")
    @Operation(summary = "Where the country stood on a date",
            description = "Per instrument the status and since when, whether the instrument is in force for the "
                    + "country (inForce, inForceSince; entersIntoForce for a party whose deposit takes effect "
                    + "later), the latest stance per instrument from its statements, and its stockpiles, all as of "
                    + "the valid date asOf (default: today, UTC).")
    public ResponseEntity<CountryPosition> position(@PathVariable String country,
                                                    @Parameter(description = "the valid date (ISO date); default today")
                                                    @RequestParam(required = false) String asOf,
                                                    @Parameter(description = KNOWN_AT)
                                                    @RequestParam(required = false) String knownAt) {
        ReadParameters parameters = new ReadParameters();
        CountryCode code = parameters.country(country);
        LocalDate date = parameters.date("asOf", asOf);
        Instant known = parameters.instant("knownAt", knownAt);
        parameters.done();
        CountryPosition position = Queries.ask(queries,
                new CountryPositionQuery(code, date == null ? LocalDate.now(clock) : date, known), CountryPosition.class);
        return ResponseEntity.ok().cacheControl(caching.of(known, date != null)).body(position);
    }
}
