package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.query.catalogue.UnknownInstrumentException;
import org.armscontrol.tracker.query.export.CsvExports;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.InstrumentParticipantsQuery;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Who stood where on an instrument at a date, as JSON or CSV. */
@RestController
@Tag(name = "Instruments")
public class ParticipantsController {

    private static final String PATH = "/api/instruments/{instrument}/participants";

    private final QueryGateway queries;
    private final ReadCaching caching;
    private final Clock clock;

    ParticipantsController(QueryGateway queries, ReadCaching caching, Clock clock) {
        this.queries = queries;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every country's status on the instrument on a date, with counts per status",
            description = "Each participant with its status since when and whether the instrument is in force for "
                    + "it (inForce, inForceSince, entersIntoForce); the counts on the basis asked. "
                    + "404 for an instrument not in the catalogue. As CSV (one row per participant, with the "
                    + "instrument, asOf and knownAt on every row) with Accept: text/csv or format=csv, as an "
                    + "attachment <instrument>-participants-<asOf>.csv; format=json downloads the JSON as a file.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = InstrumentParticipants.class)),
            @Content(mediaType = ExportFormat.TEXT_CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<Object> participants(@PathVariable String instrument,
                                               @Parameter(description = "the valid date (ISO date); default today")
                                               @RequestParam(required = false) String asOf,
                                               @Parameter(description = CountryController.KNOWN_AT)
                                               @RequestParam(required = false) String knownAt,
                                               @Parameter(description = CountryController.BASIS)
                                               @RequestParam(required = false) String basis,
                                               @Parameter(description = CountryController.FORMAT)
                                               @RequestParam(required = false) String format) {
        return participants(instrument, asOf, knownAt, basis, format, ExportFormat.JSON);
    }

    /** The same read asked with Accept: text/csv. */
    @GetMapping(path = PATH, produces = ExportFormat.TEXT_CSV)
    @Operation(summary = "The participants as CSV, one row per country (or JSON with format=json)")
    public ResponseEntity<Object> participantsAsCsv(@PathVariable String instrument,
                                                    @RequestParam(required = false) String asOf,
                                                    @RequestParam(required = false) String knownAt,
                                                    @RequestParam(required = false) String basis,
                                                    @RequestParam(required = false) String format) {
        return participants(instrument, asOf, knownAt, basis, format, ExportFormat.CSV);
    }

    private ResponseEntity<Object> participants(String instrument, String asOf, String knownAt, String basis,
                                                String format, ExportFormat byAccept) {
        InstrumentId instrumentId = UnknownInstrumentException.requireKnown(instrument);
        ReadParameters parameters = new ReadParameters();
        LocalDate date = parameters.date("asOf", asOf);
        Instant known = parameters.instant("knownAt", knownAt);
        CountingBasis countingBasis = parameters.basis(basis);
        ExportFormat asked = parameters.format(format);
        parameters.done();
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        InstrumentParticipants participants = Queries.ask(queries,
                new InstrumentParticipantsQuery(instrumentId, on, known, countingBasis), InstrumentParticipants.class);
        return new Download(asked, byAccept).answer(instrumentId.value() + "-participants-" + on, participants,
                () -> CsvExports.of(participants), caching.of(known, date != null));
    }
}
