package org.armscontrol.tracker.query.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.query.web.Queries;
import org.armscontrol.tracker.query.web.ReadCaching;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.query.CountryHistory;
import org.armscontrol.tracker.shared.query.CountryHistoryQuery;
import org.armscontrol.tracker.shared.query.CountryPosition;
import org.armscontrol.tracker.shared.query.CountryPositionQuery;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A country's profile as footnoted prose, written from its position and its timeline (the same queries as the
 * position and history reads), in HTML or Markdown.
 */
@RestController
@Tag(name = "Countries", description = "Position histories per country")
public class CountryProfileController {

    /** Three capitals: a country code in form; one the ISO list does not hold is a country not found (404). */
    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z]{3}");

    private final QueryGateway queries;
    private final ReadCaching caching;
    private final Clock clock;

    CountryProfileController(QueryGateway queries, ReadCaching caching, Clock clock) {
        this.queries = queries;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping("/api/countries/{country}/profile")
    @Operation(summary = "The country's profile, written as footnoted prose",
            description = "Per instrument: the status and the acts that made it, the statements in date order, the "
                    + "stockpiles of the weapons it bans or restricts, the votes; each sentence with a numbered "
                    + "footnote citing the fact's source, and a line saying as of which date and as known at which "
                    + "instant it was written. HTML by default (a whole document; fragment=true for the article "
                    + "alone), Markdown with Accept: text/markdown or format=md. 404 for a country code not in ISO "
                    + "3166-1.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))})
    public ResponseEntity<String> profile(@PathVariable String country,
                                          @Parameter(description = "the valid date (ISO date); default today")
                                          @RequestParam(required = false) String asOf,
                                          @Parameter(description = "as the tracker knew it at this instant "
                                                  + "(ISO-8601 with a zone); default now")
                                          @RequestParam(required = false) String knownAt,
                                          @Parameter(description = "html, md or markdown (wins over Accept)")
                                          @RequestParam(required = false) String format,
                                          @Parameter(description = "HTML only: the <article> alone, for a page "
                                                  + "to embed")
                                          @RequestParam(required = false) String fragment,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (country != null && CODE_SHAPE.matcher(country).matches() && !CountryCode.isValid(country)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "no country '" + country + "': not an ISO 3166-1 alpha-3 code; GET /api/countries lists them");
        }
        FieldParser parser = new FieldParser();
        CountryCode code = parser.required("country", country, () -> CountryCode.of(country));
        LocalDate date = parser.optional("asOf", asOf, () -> FieldParser.isoDate("asOf", asOf));
        Instant known = parser.optional("knownAt", knownAt, () -> FieldParser.isoInstant("knownAt", knownAt));
        ProfileFormat asked = parser.optional("format", format, () -> ProfileFormat.named(format));
        Boolean articleOnly = parser.optional("fragment", fragment, () -> switch (fragment) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("fragment",
                    "fragment must be true or false");
        });
        parser.throwIfInvalid();

        LocalDate on = date == null ? LocalDate.now(clock) : date;
        // One instant for both reads, so that the position and the timeline tell the same state of the record (to the
        // millisecond: the profile prints it).
        Instant at = known == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : known;
        CountryPosition position = Queries.ask(queries, new CountryPositionQuery(code, on, at), CountryPosition.class);
        CountryHistory history = Queries.ask(queries, new CountryHistoryQuery(code, null, null, on, at),
                CountryHistory.class);
        List<Instrument> catalogue = InstrumentCatalogue.allAsKnownAt(at);
        Map<InstrumentId, Instrument> byId = catalogue.stream()
                .collect(Collectors.toMap(Instrument::id, Function.identity(), (a, b) -> a));
        CountryProfile profile = ProfileWriter.write(position, history, at,
                catalogue.stream().map(Instrument::id).toList(), byId::get);

        ProfileFormat answer = asked != null ? asked : ProfileFormat.accepted(accept);
        String body = switch (answer) {
            case HTML -> Boolean.TRUE.equals(articleOnly) ? ProfileHtml.article(profile, 2) : ProfileHtml.document(profile);
            case MARKDOWN -> ProfileMarkdown.of(profile);
        };
        return ResponseEntity.ok().contentType(answer.mediaType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .cacheControl(caching.of(known, date != null)).body(body);
    }
}
