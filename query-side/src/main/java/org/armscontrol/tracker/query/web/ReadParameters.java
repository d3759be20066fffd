package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.HistoryCursor;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.TextRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * A comma-separated list of country codes ({@code BLR,UKR}), each in canonical form, duplicates dropped, at most
     * {@code max}; null or blank: an empty list.
     */
    List<CountryCode> countries(String field, String raw, int max) {
        List<CountryCode> codes = new ArrayList<>();
        for (String code : items(raw)) {
            CountryCode country = parser.parse(field, () -> CountryCode.of(code));
            if (country != null && !codes.contains(country)) {
                codes.add(country);
            }
        }
        if (codes.size() > max) {
            parser.add(field, "at most " + max + " countries can be compared at once; " + codes.size() + " given");
        }
        return codes;
    }

    /**
     * A comma-separated list of instrument ids, each in the catalogue as known at {@code knownAt} (null: now),
     * duplicates dropped; null or blank: an empty list.
     */
    List<InstrumentId> instruments(String field, String raw, Instant knownAt) {
        List<InstrumentId> ids = new ArrayList<>();
        for (String id : items(raw)) {
            if (!InstrumentCatalogue.containedAt(id, knownAt)) {
                parser.add(field, TextRules.echo(id) + " is not an instrument of the catalogue"
                        + (knownAt == null ? "" : " as known at " + knownAt) + "; GET /api/instruments lists them");
            } else if (!ids.contains(InstrumentId.of(id))) {
                ids.add(InstrumentId.of(id));
            }
        }
        return ids;
    }

    private static List<String> items(String raw) {
        return raw == null || raw.isBlank() ? List.of() : Arrays.asList(raw.split(",", -1));
    }

    /** A status of a participation, spelled as the API writes it (PARTY). */
    ParticipationStatus status(String raw) {
        return parser.optional("status", raw, () -> FieldParser.constant(ParticipationStatus.class, "status", raw));
    }

    /** A problem of {@code field} found by the caller. */
    void reject(String field, String message) {
        parser.add(field, message);
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

    /** Where a page of a timeline starts: the next of the page before, as given; null when absent. */
    HistoryCursor cursor(String raw) {
        return parser.optional("cursor", raw, () -> HistoryCursor.parse(raw));
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
