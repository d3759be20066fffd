package org.armscontrol.tracker.shared.value;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How much of a valid date the source actually gives. Sources often say only "since 2000" or "in April 1987";
 * the tracker records that as the first day of the period with precision YEAR or MONTH instead of inventing a day.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Whether {@code date} is the first day of a period of this precision, as a date of this precision must be. */
    public boolean isAligned(LocalDate date) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case YEAR -> date.getDayOfYear() == 1;
        };
    }

    /** The last day of the period that starts at {@code date}. */
    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** The date as a reader would write it at this precision: 2008-09-29, 2008-09 or 2008. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }
}
