package org.armscontrol.tracker.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The values of the API's coded fields, for forms and clients (see {@link Vocabulary}). */
@RestController
@Tag(name = "Instruments")
public class VocabularyController {

    private static final Vocabulary VOCABULARY = Vocabulary.current();

    @GetMapping(path = "/api/vocabulary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The values each coded field takes (kinds of treaty action with their UNTC markers, statuses, "
            + "reservation kinds, stances, votes, stockpile categories and statuses, date precisions, instrument "
            + "kinds, joining procedures with the actions each allows, entry-into-force rules), with their words")
    public ResponseEntity<Vocabulary> vocabulary() {
        // It changes only with a release.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(VOCABULARY);
    }
}
