package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.query.catalogue.UnknownInstrumentException;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.CountryStatusTimeline;
import org.armscontrol.tracker.shared.query.CountryStatusTimelineQuery;
import org.armscontrol.tracker.shared.query.ParticipantsTimeline;
import org.armscontrol.tracker.shared.query.ParticipantsTimelineQuery;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Statuses and counts through valid time, in the shapes charts draw. */
@RestController
@Tag(name = "Timelines", description = "Statuses and participant counts through valid time, for charts")
public class TimelineController {

    private final QueryGateway queries;
    private final ReadCaching caching;

    TimelineController(QueryGateway queries, ReadCaching caching) {
        this.queries = queries;
        this.caching = caching;
    }

    @GetMapping(path = "/api/countries/{country}/status-timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The country's status on each instrument as consecutive periods of valid time",
            description = "For every instrument the country has a record on (by instrument id), periods oldest "
                    + "first: status, from (the effective date of the action that gave it), to (exclusive: the "
                    + "next period's from; null while current) and action. On any date in a period, the position "
                    + "answers that status since from; before the first period, NONE.")
    public ResponseEntity<CountryStatusTimeline> statusTimeline(@PathVariable String country,
                                                                @Parameter(description = CountryController.KNOWN_AT)
                                                                @RequestParam(required = false) String knownAt) {
        ReadParameters parameters = new ReadParameters();
        CountryCode code = parameters.country(country);
        Instant known = parameters.instant("knownAt", knownAt);
        parameters.done();
        return ResponseEntity.ok().cacheControl(caching.of(known, true))
                .body(Queries.ask(queries, new CountryStatusTimelineQuery(code, known), CountryStatusTimeline.class));
    }

    @GetMapping(path = "/api/instruments/{instrument}/participants/timeline",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How many countries held each status on the instrument, through valid time",
            description = "One point per valid date on which some country's status changed, oldest first, with "
                    + "the counts per status (zeros included) that the participants as of that date answer; they "
                    + "hold until the next point; with basis=in-force, a party counts as DEPOSITED_NOT_IN_FORCE "
                    + "until the instrument enters into force for it. 404 for an instrument not in the catalogue.")
    public ResponseEntity<ParticipantsTimeline> participantsTimeline(
            @PathVariable String instrument,
            @Parameter(description = CountryController.KNOWN_AT) @RequestParam(required = false) String knownAt,
            @Parameter(description = CountryController.BASIS) @RequestParam(required = false) String basis) {
        InstrumentId instrumentId = UnknownInstrumentException.requireKnown(instrument);
        ReadParameters parameters = new ReadParameters();
        Instant known = parameters.instant("knownAt", knownAt);
        CountingBasis countingBasis = parameters.basis(basis);
        parameters.done();
        return ResponseEntity.ok().cacheControl(caching.of(known, true)).body(Queries.ask(queries,
                new ParticipantsTimelineQuery(instrumentId, known, countingBasis), ParticipantsTimeline.class));
    }
}
