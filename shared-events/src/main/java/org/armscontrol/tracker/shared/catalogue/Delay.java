package org.armscontrol.tracker.shared.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.time.Period;

/**
 * A lapse of time in the words of a treaty: so many years, months or days after a date (the same day so many
 * months later, clamped to the end of a shorter month).
 */
public record Delay(Period period) {

    public static final Delay NONE = new Delay(Period.ZERO);

    public Delay {
        if (period == null || period.isNegative()) {
            throw new IllegalArgumentException("a delay is a non-negative period, not " + period);
        }
        if (Integer.signum(period.getYears()) + Integer.signum(period.getMonths()) + Integer.signum(period.getDays()) > 1) {
            throw new IllegalArgumentException("a delay counts in one unit only, not " + period);
        }
    }

    public static Delay days(int days) {
        return new Delay(Period.ofDays(days));
    }

    public static Delay months(int months) {
        return new Delay(Period.ofMonths(months));
    }

    public static Delay years(int years) {
        return new Delay(Period.ofYears(years));
    }

    public LocalDate after(LocalDate date) {
        return date.plus(period);
    }

    // Not a property: stored events and the API carry the period alone.
    @JsonIgnore
    public boolean isNone() {
        return period.isZero();
    }

    /** Whole months only, e.g. for counting from the first day of a month. */
    public int months() {
        return (int) period.toTotalMonths();
    }

    @Override
    public String toString() {
        if (period.getYears() != 0) {
            return Numbers.count(period.getYears(), "year");
        }
        if (period.getMonths() != 0) {
            return Numbers.count(period.getMonths(), "month");
        }
        return period.getDays() == 0 ? "no delay" : Numbers.count(period.getDays(), "day");
    }
}
