package org.armscontrol.tracker.query.subscription.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt to deliver: when it started, how long it took, and the receiver's HTTP status or, when there was no
 * answer, the error. Succeeded when the receiver answered 2xx.
 */
record Attempt(Instant at, Duration duration, Integer httpStatus, String error) {

    boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
