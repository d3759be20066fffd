package org.armscontrol.tracker.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.armscontrol.tracker.shared.value.CountryName;
import org.armscontrol.tracker.shared.value.CountryNames;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The country codes the tracker accepts, with the names the UN gives the states: what pickers and look-ups offer,
 * and the states a name may mean ({@code ?name=Ivoire}).
 */
@RestController
@Tag(name = "Countries")
public class CountryCatalogueController {

    private static final List<CountryView> COUNTRIES = CountryNames.all()
            .sorted(Comparator.comparing(country -> country.code().value())).map(CountryView::of).toList();

    @GetMapping(path = "/api/countries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every ISO 3166-1 alpha-3 code the tracker accepts, with the UN's short name of the state, "
            + "by code; with name=, the states the name means: those of that very name (current, former, or the JDK's "
            + "English one) if any, else those whose names begin with it or contain it, best first")
    public ResponseEntity<List<CountryView>> list(
            @Parameter(description = "a name or part of one (at least two letters; three to match inside a name), "
                    + "case and accents ignored: Belarus, ivoire, Swaziland")
            @RequestParam(required = false) String name) {
        if (name != null) {
            return ResponseEntity.ok(CountryNames.meant(name).stream().map(CountryView::of).toList());
        }
        // The list changes only with a release: let browsers keep it for a day.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(COUNTRIES);
    }

    /**
     * A country as pickers show it: {@code {"code": "SWZ", "name": "Eswatini", "label": "Eswatini (SWZ)",
     * "formerNames": ["Swaziland"], "alsoWritten": [], "basis": "UN"}}; basis JDK marks a territory the UN names no
     * state for, under the JDK's English name.
     */
    public record CountryView(String code, String name, String label, List<String> formerNames,
                              List<String> alsoWritten, CountryName.Basis basis) {

        static CountryView of(CountryName country) {
            return new CountryView(country.code().value(), country.name(), country.label(), country.formerNames(),
                    country.alsoWritten(), country.basis());
        }
    }
}
