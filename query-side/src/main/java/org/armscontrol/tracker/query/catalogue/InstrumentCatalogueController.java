package org.armscontrol.tracker.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.query.web.ReadCaching;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The instrument catalogue: which instruments exist, how states join them, and their key dates. */
@RestController
@RequestMapping(path = "/api/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Instruments", description = "The catalogue of instruments the tracker follows")
public class InstrumentCatalogueController {

    private static final String KNOWN_AT = "The catalogue as the tracker held it at this instant (ISO-8601 with a "
            + "zone): each instrument's clauses as then defined, without the instruments registered later. "
            + "Default: now.";

    private final ReadCaching caching;

    InstrumentCatalogueController(ReadCaching caching) {
        this.caching = caching;
    }

    @GetMapping
    @Operation(summary = "List the instrument catalogue")
    public ResponseEntity<List<InstrumentView>> list(@Parameter(description = KNOWN_AT)
                                                     @RequestParam(required = false) String knownAt) {
        Instant known = knownAt(knownAt);
        return ResponseEntity.ok().cacheControl(caching.of(known, true))
                .body(InstrumentCatalogue.allAsKnownAt(known).stream().map(InstrumentView::of).toList());
    }

    @GetMapping("/{instrument}")
    @Operation(summary = "One instrument of the catalogue",
            description = "404 for an id not in the catalogue (at knownAt, if given)")
    public ResponseEntity<InstrumentView> get(@PathVariable String instrument,
                                              @Parameter(description = KNOWN_AT)
                                              @RequestParam(required = false) String knownAt) {
        Instant known = knownAt(knownAt);
        if (!InstrumentCatalogue.containedAt(instrument, known)) {
            throw new UnknownInstrumentException(instrument);
        }
        return ResponseEntity.ok().cacheControl(caching.of(known, true))
                .body(InstrumentView.of(InstrumentCatalogue.asKnownAt(InstrumentId.of(instrument), known)));
    }

    private static Instant knownAt(String raw) {
        FieldParser parser = new FieldParser();
        Instant instant = parser.optional("knownAt", raw, () -> FieldParser.isoInstant("knownAt", raw));
        parser.throwIfInvalid();
        return instant;
    }
}
