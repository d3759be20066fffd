package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the parameters of a read request, collecting every invalid one so that the 400 names them all. Values are
 * taken as written: codes in canonical form, dates in ISO-8601.
 */
final class ReadParameters {

    private final FieldParser parser = new FieldParser();

    CountryCode country(String raw) {
        return parser.required("country", raw, () -> CountryCode.of(raw));
    }

    InstrumentId instrument(String raw) {
        return parser.optional("instrument", raw, () -> InstrumentId.of(raw));
    }

    Stance stance(String raw) {
        return parser.optional("stance", raw, () -> FieldParser.constant(Stance.class, "stance", raw));
    }

    /** The basis of a count ({@code deposited}, the default, or {@code in-force}). */
    CountingBasis basis(String raw) {
        CountingBasis basis = parser.optional("basis", raw, () -> CountingBasis.of(raw));
        return basis == null ? CountingBasis.DEPOSITED : basis;
    }

    /** The format of the answer named by {@code ?format=}, or null when absent. */
    ExportFormat format(String raw) {
        return parser.optional("format", raw, () -> ExportFormat.of(raw));
    }

    LocalDate date(String field, String raw) {
        return parser.optional(field, raw, () -> FieldParser.isoDate(field, raw));
    }

    /** Free text (a search): stripped; blank counts as absent; at most {@code max} characters. */
    String text(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            parser.add(field, field + " must be at most " + max + " characters");
        }
        return raw.strip();
    }

    /** An instant: ISO-8601 with a zone or offset, within what the database holds. */
    Instant instant(String field, String raw) {
        return parser.optional(field, raw, () -> FieldParser.isoInstant(field, raw));
    }

    int between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            parser.add(field, field + " must be between " + min + " and " + max);
        }
        return value == null ? min : value;
    }

    void requireOrdered(String fromField, LocalDate from, String toField, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            parser.add(toField, toField + " " + to + " is before " + fromField + " " + from);
        }
    }

    /** Throws the 400 naming every invalid parameter, if any. */
    void done() {
        parser.throwIfInvalid();
    }
}
