package org.armscontrol.tracker.shared.value;

import java.time.LocalDate;

/**
 * When something happened in the world (valid time), as opposed to when the tracker learnt of it (the recorded
 * instant, which is the event's timestamp). A date of precision MONTH or YEAR stands for the whole period and is
 * written as its first day.
 *
 * @param date      the first day of the period
 * @param precision how much of the date the source gives; DAY when absent
 */
public record ValidDate(LocalDate date, DatePrecision precision) {

    /** The record starts with the United Nations era; earlier dates are typing errors. */
    public static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

    public ValidDate {
        if (date == null) {
            throw new InvalidValueException("a date is required (ISO-8601, e.g. 2008-09-29)");
        }
        if (precision == null) {
            precision = DatePrecision.DAY;
        }
        if (date.isBefore(EARLIEST)) {
            throw new InvalidValueException(date + " is before " + EARLIEST
                    + ": the tracker covers arms-control positions since 1945");
        }
        if (!precision.isAligned(date)) {
            throw new InvalidValueException(date + " does not start a period of precision " + precision
                    + ": write it as the first day of its period, " + firstDayExample(date, precision));
        }
    }

    public static ValidDate of(LocalDate date) {
        return new ValidDate(date, DatePrecision.DAY);
    }

    public static ValidDate of(LocalDate date, DatePrecision precision) {
        return new ValidDate(date, precision);
    }

    public static ValidDate parse(String isoDate) {
        return of(LocalDate.parse(isoDate));
    }

    /** The first day this date may stand for. */
    public LocalDate earliest() {
        return date;
    }

    /** The last day this date may stand for. */
    public LocalDate latest() {
        return precision.lastDay(date);
    }

    private static String firstDayExample(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.withDayOfMonth(1).toString();
            case YEAR -> date.withDayOfYear(1).toString();
        };
    }

    @Override
    public String toString() {
        return precision.format(date);
    }
}
