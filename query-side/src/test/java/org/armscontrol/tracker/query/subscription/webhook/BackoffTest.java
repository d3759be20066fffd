package org.armscontrol.tracker.query.subscription.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void waits_double_after_each_failed_attempt_until_the_last() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10), 8);

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::after).map(Optional::orElseThrow))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32),
                        Duration.ofSeconds(64));
        assertThat(backoff.after(8)).as("the 8th attempt was the last").isEmpty();
        assertThat(backoff.after(9)).isEmpty();
    }

    @Test
    void never_waits_longer_than_the_cap_however_many_attempts() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000);

        assertThat(backoff.after(4)).contains(Duration.ofSeconds(8));
        assertThat(backoff.after(5)).contains(Duration.ofSeconds(10));
        assertThat(backoff.after(999)).contains(Duration.ofSeconds(10));
    }

    @Test
    void one_attempt_means_no_retry() {
        assertThat(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 1).after(1)).isEmpty();
    }

    @Test
    void attempts_count_from_one() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 3);

        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
