package org.armscontrol.tracker.command.rules;

import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Rules about valid dates that every record obeys. */
public final class DateRules {

    /** The easternmost time zone: a date is not "in the future" while it is already that day somewhere on Earth. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private DateRules() {
    }

    /** The latest date that is today somewhere on Earth. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_ZONE));
    }

    /** Refuses a date that has not begun anywhere yet. */
    public static void requireNotInFuture(ValidDate date, String field, Clock clock) {
        LocalDate today = today(clock);
        if (date.earliest().isAfter(today)) {
            throw new RuleViolation(DateRule.DATE_IN_FUTURE, field,
                    field + " " + date + " is in the future (today is " + today + ")");
        }
    }

    /** Refuses a date whose whole period ends before {@code bound}. */
    public static void requireNotBefore(ValidDate date, ValidDate bound, String field, RuleCode rule, String what) {
        if (date.latest().isBefore(bound.earliest())) {
            throw new RuleViolation(rule, field, field + " " + date + " is before " + what + " (" + bound + ")");
        }
    }
}
