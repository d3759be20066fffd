package org.armscontrol.tracker.platform.web;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the raw fields of a request into value types, collecting every problem instead of stopping at the first,
 * so that a form can show all its errors at once. The value types themselves hold the rules and the messages;
 * this class only puts the right field name on them.
 *
 * <pre>{@code
 * FieldParser p = new FieldParser();
 * CountryCode country = p.parse("country", () -> CountryCode.of(body.country()));
 * p.throwIfInvalid();
 * }</pre>
 */
public final class FieldParser {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Runs {@code parser}; if it rejects the value, records the problem under {@code field} and returns null. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            String path = e.property()
                    .filter(property -> !property.equals(field) && !field.endsWith("." + property))
                    .map(property -> field + "." + property)
                    .orElse(field);
            problems.add(new FieldProblem(path, e.getMessage()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
        return null;
    }

    /** Parses a required value: a null or empty {@code raw} is reported as missing. */
    public <T> T required(String field, Object raw, Supplier<T> parser) {
        if (raw == null || raw instanceof String s && s.isEmpty()) {
            problems.add(new FieldProblem(field, field + " is required"));
            return null;
        }
        return parse(field, parser);
    }

    /** Parses an optional value: a null {@code raw} gives null without a problem. */
    public <T> T optional(String field, Object raw, Supplier<T> parser) {
        return raw == null ? null : parse(field, parser);
    }

    /**
     * The earliest and latest dates a PostgreSQL {@code date} holds (4714-11-24 BC to 5874897 AD): every date a
     * request names is compared with stored ones in SQL. (The JDBC driver sends Java's own extremes as
     * {@code ±infinity}, so only the years between would fail there.)
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.parse("-4713-11-24");
    public static final LocalDate LATEST_DATE = LocalDate.parse("+5874897-12-31");

    /** An ISO-8601 date ({@code 2008-09-29}) within what PostgreSQL holds. */
    public static LocalDate isoDate(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " " + TextRules.echo(text)
                    + " is not an ISO-8601 date (yyyy-MM-dd, e.g. 2008-09-29)");
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new InvalidValueException(field, field + " " + date + " is outside what PostgreSQL stores ("
                    + EARLIEST_DATE + " to " + LATEST_DATE + ")");
        }
        return date;
    }

    /**
     * The earliest and latest instants a PostgreSQL {@code timestamptz} holds (4714-11-24 BC to 294276 AD): the
     * instants a request may name, since every one ends up compared with stored ones in SQL.
     */
    public static final Instant EARLIEST_INSTANT = Instant.parse("-4713-11-24T00:00:00Z");
    public static final Instant LATEST_INSTANT = Instant.parse("+294276-12-31T23:59:59.999999Z");

    /** An ISO-8601 instant with a zone or offset ({@code 2026-11-23T10:15:30Z}, {@code ...+01:00}). */
    public static Instant isoInstant(String field, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " " + TextRules.echo(text) + " is not an ISO-8601 instant "
                    + "with a zone or offset (e.g. 2026-11-23T10:15:30Z)");
        }
        return storable(field, instant);
    }

    /** {@code instant} if PostgreSQL can hold it, else the problem of {@code field}. */
    public static Instant storable(String field, Instant instant) {
        if (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT)) {
            throw new InvalidValueException(field, field + " " + instant + " is outside what PostgreSQL stores ("
                    + EARLIEST_INSTANT + " to " + LATEST_INSTANT + ")");
        }
        return instant;
    }

    /** A constant of {@code type}, spelled exactly (upper case). */
    public static <E extends Enum<E>> E constant(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, TextRules.echo(text) + " is not a valid " + field + "; use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
