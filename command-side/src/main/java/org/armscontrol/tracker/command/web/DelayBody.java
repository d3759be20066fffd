package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.shared.catalogue.Delay;
import org.armscontrol.tracker.shared.value.InvalidValueException;

/** A delay of final clauses, in one unit: {@code {"months": 6}}, {@code {"days": 90}} or {@code {"years": 1}}. */
@Schema(description = "A delay in exactly one unit: days, months or years")
public record DelayBody(@Schema(example = "90") Integer days, @Schema(example = "6") Integer months,
                        @Schema(example = "1") Integer years) {

    Delay toDelay() {
        int given = (days == null ? 0 : 1) + (months == null ? 0 : 1) + (years == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidValueException("a delay gives exactly one of days, months or years, e.g. {\"months\": 6}");
        }
        int amount = days != null ? days : months != null ? months : years;
        if (amount < 0 || amount > 1000) {
            throw new InvalidValueException("a delay is 0 to 1000 " + (days != null ? "days" : months != null
                    ? "months" : "years") + ", not " + amount);
        }
        return days != null ? Delay.days(days) : months != null ? Delay.months(months) : Delay.years(years);
    }
}
