package org.armscontrol.tracker.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** The country codes the tracker accepts, with their English names: what pickers and look-ups offer. */
@RestController
@Tag(name = "Countries")
public class CountryCatalogueController {

    private static final List<CountryView> COUNTRIES = CountryCode.all()
            .map(code -> new CountryView(code.value(), code.name())).toList();

    @GetMapping(path = "/api/countries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every ISO 3166-1 alpha-3 code the tracker accepts, with its English name, by code")
    public ResponseEntity<List<CountryView>> list() {
        // The list changes only with the JDK: let browsers keep it for a day.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(COUNTRIES);
    }

    /** A country as pickers show it: {@code {"code": "BLR", "name": "Belarus"}}. */
    public record CountryView(String code, String name) {
    }
}
