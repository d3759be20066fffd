package org.armscontrol.tracker.query.audit.log;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Recorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the filters of the audit log, naming every invalid one in the 400. */
final class AuditParameters {

    private AuditParameters() {
    }

    static AuditEventFilter parse(String country, String user, String instrument, String from, String to,
                                  String knownAt, String order, Long after, Long before, Integer limit,
                                  int maxLimit) {
        FieldParser parser = new FieldParser();
        CountryCode code = parser.optional("country", country, () -> CountryCode.of(country));
        String recorder = parser.optional("user", user, () -> Recorder.of(user).username());
        InstrumentId instrumentId = parser.optional("instrument", instrument, () -> InstrumentId.of(instrument));
        Instant recordedFrom = parser.optional("from", from, () -> bound("from", from, false));
        Instant recordedUntil = parser.optional("to", to, () -> bound("to", to, true));
        if (recordedFrom != null && recordedUntil != null && !recordedFrom.isBefore(recordedUntil)) {
            parser.add("to", "to must be later than from");
        }
        Instant known = parser.optional("knownAt", knownAt, () -> instant("knownAt", knownAt));
        Boolean newestFirst = parser.optional("order", order, () -> switch (order) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw new InvalidValueException("order", "order '" + order + "' is neither oldest nor newest");
        });
        if (after != null && after < 0) {
            parser.add("after", "after must not be negative");
        }
        if (before != null && before < 1) {
            parser.add("before", "before must be positive");
        }
        if (limit != null && (limit < 1 || limit > maxLimit)) {
            parser.add("limit", "limit must be between 1 and " + maxLimit);
        }
        parser.throwIfInvalid();
        return new AuditEventFilter(code, recorder, instrumentId, recordedFrom, recordedUntil, known,
                after == null ? 0 : after, before, Boolean.TRUE.equals(newestFirst), limit);
    }

    /**
     * An instant, or a day in UTC: from its start for a lower bound, to the start of the next day for an upper one
     * (so that {@code to=2026-11-23} includes that whole day).
     */
    private static Instant bound(String field, String raw, boolean upper) {
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return FieldParser.storable(field, OffsetDateTime.parse(raw).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " '" + raw + "' is neither an ISO-8601 instant with a zone "
                    + "(2026-11-23T10:15:30Z) nor a date (2026-11-23)");
        }
    }

    private static Instant instant(String field, String raw) {
        try {
            return FieldParser.storable(field, OffsetDateTime.parse(raw).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " '" + raw + "' is not an ISO-8601 instant with a zone "
                    + "(2026-11-23T10:15:30Z)");
        }
    }
}
