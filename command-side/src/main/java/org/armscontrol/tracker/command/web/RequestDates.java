package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.ValidDate;

/** Reads a valid date from a request: {@code date} (ISO-8601) and its optional {@code datePrecision}. */
final class RequestDates {

    private RequestDates() {
    }

    static ValidDate required(FieldParser parser, String field, String date, String precision) {
        DatePrecision parsedPrecision = precision(parser, precision);
        return parser.required(field, date, () -> ValidDate.of(FieldParser.isoDate(field, date), parsedPrecision));
    }

    static ValidDate optional(FieldParser parser, String field, String date, String precision) {
        if (date == null) {
            if (precision != null) {
                parser.add("datePrecision", "datePrecision is given without the " + field + " it qualifies");
            }
            return null;
        }
        return required(parser, field, date, precision);
    }

    private static DatePrecision precision(FieldParser parser, String precision) {
        return parser.optional("datePrecision", precision,
                () -> FieldParser.constant(DatePrecision.class, "datePrecision", precision));
    }
}
