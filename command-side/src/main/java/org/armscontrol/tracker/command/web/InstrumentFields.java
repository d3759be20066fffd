package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;

/** Fields that registering and amending an instrument read alike. */
final class InstrumentFields {

    private InstrumentFields() {
    }

    /** {@code openedOn} with its {@code openedOnPrecision} (DAY unless given). */
    static ValidDate openedOn(FieldParser parser, String openedOn, String precision, boolean required) {
        DatePrecision parsedPrecision = parser.optional("openedOnPrecision", precision,
                () -> FieldParser.constant(DatePrecision.class, "openedOnPrecision", precision));
        if (openedOn == null) {
            if (required) {
                parser.add("openedOn", "openedOn is required: when states could first act (opened for signature, "
                        + "adopted, established)");
            } else if (precision != null) {
                parser.add("openedOnPrecision", "openedOnPrecision is given without the openedOn it qualifies");
            }
            return null;
        }
        return parser.parse("openedOn", () -> ValidDate.of(FieldParser.isoDate("openedOn", openedOn),
                parsedPrecision == null ? DatePrecision.DAY : parsedPrecision));
    }

    static LocalDate date(FieldParser parser, String field, String text) {
        return parser.optional(field, text, () -> FieldParser.isoDate(field, text));
    }
}
