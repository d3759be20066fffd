package org.armscontrol.tracker.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.query.catalogue.UnknownInstrumentException;
import org.armscontrol.tracker.shared.query.InstrumentParticipants;
import org.armscontrol.tracker.shared.query.InstrumentParticipantsQuery;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Who stood where on an instrument at a date. */
@RestController
@Tag(name = "Instruments")
public class ParticipantsController {

    private final QueryGateway queries;
    private final Clock clock;

    ParticipantsController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(path = "/api/instruments/{instrument}/participants", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every country's status on the instrument on a date, with counts per status",
            description = "404 for an instrument not in the catalogue")
    public InstrumentParticipants participants(@PathVariable String instrument,
                                               @Parameter(description = "the valid date (ISO date); default today")
                                               @RequestParam(required = false) String asOf,
                                               @Parameter(description = CountryController.KNOWN_AT)
                                               @RequestParam(required = false) String knownAt) {
        InstrumentId instrumentId = UnknownInstrumentException.requireKnown(instrument);
        ReadParameters parameters = new ReadParameters();
        LocalDate date = parameters.date("asOf", asOf);
        Instant known = parameters.instant("knownAt", knownAt);
        parameters.done();
        return Queries.ask(queries, new InstrumentParticipantsQuery(instrumentId,
                date == null ? LocalDate.now(clock) : date, known), InstrumentParticipants.class);
    }
}
