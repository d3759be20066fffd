package org.armscontrol.tracker.query.subscription.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code initial}, then twice as long each time (1 s, 2 s, 4 s, …), never
 * longer than {@code max}, until {@code maxAttempts} attempts have been made.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    /** The wait after failed attempt number {@code attempt} (1 for the first), or empty when it was the last. */
    public Optional<Duration> after(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1");
        }
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        // Doubling stops once past the cap, so that no shift overflows however many attempts are allowed.
        Duration wait = initial;
        for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
