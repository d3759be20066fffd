package org.armscontrol.tracker.query.subscription.stream;

import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** However many stream clients wait to be written to, at most {@code senders} threads write to them. */
class LiveChangesSendersTest {

    @Test
    void twentyClientsBeingWrittenToAtOnceShareThreeSenderThreads() throws InterruptedException {
        SubscriptionProperties properties = new SubscriptionProperties(
                new SubscriptionProperties.Stream(Duration.ofSeconds(15), Duration.ofMinutes(30), 1000, 1000,
                        Duration.ofSeconds(2), 3),
                null);
        LiveChanges live = new LiveChanges(null, null, null, properties);
        Executor senders = live.senders();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(20);

        for (int client = 0; client < 20; client++) {
            senders.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20); // a client slow to take its frame
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).as("every client written to").isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(3);
    }
}
