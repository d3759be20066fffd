package org.armscontrol.tracker.platform.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a verification: {@code {"verified": true, "events": n, "streams": m, "checkpoints": k}}, or
 * {@code {"verified": false, "events": n, "break": {...}}} where {@code events} counts the events found intact before
 * the break.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(boolean verified, long events, Long streams, Long checkpoints,
                                 @JsonProperty("break") IntegrityBreak firstBreak) {

    static VerificationReport intact(long events, long streams, long checkpoints) {
        return new VerificationReport(true, events, streams, checkpoints, null);
    }

    static VerificationReport broken(long eventsIntact, IntegrityBreak firstBreak) {
        return new VerificationReport(false, eventsIntact, null, null, firstBreak);
    }
}
