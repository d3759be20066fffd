package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.Objects;

/**
 * How long after its notification a withdrawal takes effect, as the instrument's withdrawal clause says (CCM: six
 * months after the depositary receives it). Only the default: a withdrawal recorded with its own effective date
 * keeps it (several clauses defer the effect while the state is engaged in an armed conflict).
 */
public record WithdrawalNotice(Delay delay) {

    public WithdrawalNotice {
        Objects.requireNonNull(delay, "delay");
    }

    /**
     * The day a withdrawal notified on {@code notified} takes effect. Only a day can be counted from: a notification
     * known to its month or year gets no default (it takes effect on its date unless told otherwise).
     */
    public ValidDate effectiveDate(ValidDate notified) {
        if (notified.precision() != DatePrecision.DAY) {
            return notified;
        }
        return ValidDate.of(delay.after(notified.date()));
    }

    @Override
    public String toString() {
        return delay + " after notification";
    }
}
