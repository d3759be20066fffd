package org.armscontrol.tracker.shared.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;

/**
 * An entry's place in a country's timeline (valid date, recorded instant, id), and so where a page of it ended. The next page starts after it, so entries recorded meanwhile do not shift the pages already read. Written for
 * clients as an opaque URL-safe string.
 */
public record HistoryCursor(LocalDate date, Instant recordedAt, String id) implements Comparable<HistoryCursor> {

    /** The timeline's order: by valid date; facts of the same date in the order they were recorded. */
    private static final Comparator<HistoryCursor> ORDER = Comparator.comparing(HistoryCursor::date)
            .thenComparing(HistoryCursor::recordedAt)
            .thenComparing(HistoryCursor::id);

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public HistoryCursor {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(id, "id");
    }

    public static HistoryCursor of(HistoryEntry entry) {
        return new HistoryCursor(entry.date(), entry.recordedAt(), entry.id());
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this class wrote */
    public static HistoryCursor parse(String text) {
        try {
            String[] parts = new String(DECODER.decode(text), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && !parts[2].isEmpty()) {
                return new HistoryCursor(LocalDate.parse(parts[0]), Instant.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below
        }
        throw new IllegalArgumentException("cursor is not one this tracker gave: pass the next of the previous page "
                + "as it was");
    }

    @Override
    public int compareTo(HistoryCursor other) {
        return ORDER.compare(this, other);
    }

    public String encoded() {
        return ENCODER.encodeToString((date + "|" + recordedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
