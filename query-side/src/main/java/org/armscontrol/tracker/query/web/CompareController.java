package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.query.compare.M49Regions;
import org.armscontrol.tracker.query.export.CsvExports;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.query.Comparison;
import org.armscontrol.tracker.shared.query.ComparisonQuery;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Several states side by side on several instruments, as JSON or CSV, and the filters a comparison takes. */
@RestController
@Tag(name = "Compare", description = "States side by side")
public class CompareController {

    /** Enough for a region (Africa has 54 states) while keeping an answer a table a person can read. */
    static final int MAX_COUNTRIES = 60;

    private static final String PATH = "/api/compare";
    static final String M49_SOURCE = "United Nations Statistics Division, Standard country or area codes for "
            + "statistical use (M49), https://unstats.un.org/unsd/methodology/m49/";

    private final QueryGateway queries;
    private final M49Regions regions;
    private final ReadCaching caching;
    private final Clock clock;

    CompareController(QueryGateway queries, M49Regions regions, ReadCaching caching, Clock clock) {
        this.queries = queries;
        this.regions = regions;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "States × instruments: each state's status on each instrument on a date, with its dates",
            description = "Each cell is what the state's position answers for the instrument on asOf, as known at "
                    + "knownAt: status, since, action, inForce, and the dates side by side (signature, consent "
                    + "with its kind and marker, provisional application, withdrawal). NONE without dates where "
                    + "the state has no record on the instrument by then. As CSV (one row per cell) with Accept: "
                    + "text/csv or format=csv, as an attachment compare-<asOf>.csv. 400 naming the parameter for "
                    + "an unknown country or instrument, more than 60 countries, a bad date, instant, status or "
                    + "region.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Comparison.class)),
            @Content(mediaType = ExportFormat.TEXT_CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<Object> compare(
            @Parameter(description = "comma-separated ISO 3166-1 alpha-3 codes, in the order of the rows, at most 60 "
                    + "(BLR,UKR,RUS,POL); may be left out when region is given (every state of the region)")
            @RequestParam(required = false) String countries,
            @Parameter(description = "comma-separated instrument ids, in the order of the columns; default every "
                    + "instrument of the catalogue (as known at knownAt)")
            @RequestParam(required = false) String instruments,
            @Parameter(description = "the valid date (ISO date); default today")
            @RequestParam(required = false) String asOf,
            @Parameter(description = CountryController.KNOWN_AT) @RequestParam(required = false) String knownAt,
            @Parameter(description = "only the cells of this status, and only the states with one (PARTY, …)")
            @RequestParam(required = false) String status,
            @Parameter(description = "only the states of this UN M49 region or sub-region (Europe, Eastern Europe), "
                    + "as GET /api/compare/filters lists them")
            @RequestParam(required = false) String region,
            @Parameter(description = CountryController.FORMAT) @RequestParam(required = false) String format) {
        return compare(countries, instruments, asOf, knownAt, status, region, format, ExportFormat.JSON);
    }

    /** The same read asked with Accept: text/csv. */
    @GetMapping(path = PATH, produces = ExportFormat.TEXT_CSV)
    @Operation(summary = "The comparison as CSV, one row per state and instrument (or JSON with format=json)")
    public ResponseEntity<Object> compareAsCsv(@RequestParam(required = false) String countries,
                                               @RequestParam(required = false) String instruments,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) String region,
                                               @RequestParam(required = false) String format) {
        return compare(countries, instruments, asOf, knownAt, status, region, format, ExportFormat.CSV);
    }

    private ResponseEntity<Object> compare(String countries, String instruments, String asOf, String knownAt,
                                           String status, String region, String format, ExportFormat byAccept) {
        ReadParameters parameters = new ReadParameters();
        Instant known = parameters.instant("knownAt", knownAt);
        List<CountryCode> states = parameters.countries("countries", countries, MAX_COUNTRIES);
        List<InstrumentId> columns = parameters.instruments("instruments", instruments, known);
        LocalDate date = parameters.date("asOf", asOf);
        ParticipationStatus only = parameters.status(status);
        boolean regional = region != null && !region.isEmpty();
        if (regional && !regions.isRegion(region)) {
            parameters.reject("region", "region '" + region + "' is not a UN M49 region or sub-region; "
                    + "GET /api/compare/filters lists them");
        } else if (!regional && (countries == null || countries.isBlank())) {
            parameters.reject("countries", "countries is required (comma-separated codes: BLR,UKR), unless a region "
                    + "is given");
        }
        ExportFormat asked = parameters.format(format);
        parameters.done();
        if (regional) {
            List<CountryCode> inRegion = regions.statesIn(region);
            states = states.isEmpty() ? inRegion : states.stream().filter(inRegion::contains).toList();
        }
        if (columns.isEmpty()) {
            columns = InstrumentCatalogue.allAsKnownAt(known).stream().map(Instrument::id).toList();
        }
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        Comparison comparison = Queries.ask(queries, new ComparisonQuery(states, columns, on, known, only),
                Comparison.class).inRegion(regional ? region : null);
        return new Download(asked, byAccept).answer("compare-" + on, comparison, () -> CsvExports.of(comparison),
                caching.of(known, date != null));
    }

    @GetMapping(path = PATH + "/filters", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What a comparison can be narrowed to: the UN M49 regions with their sub-regions, and the "
            + "statuses")
    public Filters filters() {
        return new Filters(regions.regions(), Arrays.stream(ParticipationStatus.values()).map(Enum::name).toList(),
                MAX_COUNTRIES, M49_SOURCE);
    }

    /**
     * The lists a comparison page offers: {@code regions} (each with its {@code subRegions}; either name is a
     * {@code region=}), {@code statuses} (a {@code status=}), the most countries one comparison takes, and where the
     * regions come from.
     */
    public record Filters(List<M49Regions.Region> regions, List<String> statuses, int maxCountries,
                          String regionsSource) {
    }
}
