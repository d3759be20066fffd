package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.shared.value.DatePrecision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as prose, at the precision the source gives: "on 29 September 2008", "in September 2008", "in 2000". */
final class ProseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private ProseDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The date alone, at its precision: "29 September 2008", "September 2008", "2008". */
    static String of(LocalDate date, DatePrecision precision) {
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** With its preposition: "on" a day, "in" a month or a year. */
    static String when(LocalDate date, DatePrecision precision) {
        return (precision == null || precision == DatePrecision.DAY ? "on " : "in ") + of(date, precision);
    }
}
