package org.armscontrol.tracker.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The instrument catalogue: which instruments exist, how states join them, and their key dates. */
@RestController
@RequestMapping(path = "/api/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Instruments", description = "The catalogue of instruments the tracker follows")
public class InstrumentCatalogueController {

    @GetMapping
    @Operation(summary = "List the instrument catalogue")
    public List<InstrumentView> list() {
        return InstrumentCatalogue.all().stream().map(InstrumentView::of).toList();
    }

    @GetMapping("/{instrument}")
    @Operation(summary = "One instrument of the catalogue", description = "404 for an id not in the catalogue")
    public InstrumentView get(@PathVariable String instrument) {
        return InstrumentView.of(UnknownInstrumentException.requireKnown(instrument).instrument());
    }
}
