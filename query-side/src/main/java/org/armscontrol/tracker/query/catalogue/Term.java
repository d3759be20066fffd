package org.armscontrol.tracker.query.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;

/**
 * One value a field of the API takes, as a form offers it: {@code {"value": "ACCEPTED", "label": "accepted",
 * "untcMarker": "A"}}.
 *
 * @param untcMarker the UN Treaty Collection's marker of a kind of treaty action, where it has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(String value, String label, String untcMarker) {

    static Term of(Enum<?> constant, String label) {
        return new Term(constant.name(), label, null);
    }

    /** {@code CODE_OF_CONDUCT} as words: "code of conduct". */
    static String words(Enum<?> constant) {
        return constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
