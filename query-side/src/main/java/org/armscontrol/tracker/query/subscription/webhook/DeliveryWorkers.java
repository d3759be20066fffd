package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the due deliveries. Every query-side instance runs {@code workers} threads; each takes one due delivery at a
 * time (rows no other worker holds, see {@link Deliveries#takeNextDue}), sends it, records the attempt, and looks
 * for the next; with none due it waits {@code poll-interval}. Failed attempts are retried on the {@link Backoff}
 * schedule; a delivery is sent at least once, and more than once only when a worker dies between sending and
 * recording (receivers deduplicate on X-Tracker-Event-Id).
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final SubscriptionProperties.Webhooks properties;
    private final Backoff backoff;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorkers(Deliveries deliveries, WebhookSender sender, SubscriptionProperties properties) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties.webhooks();
        this.backoff = this.properties.backoff();
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= properties.workers(); i++) {
            Thread thread = new Thread(this::work, "webhook-delivery-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        log.info("Webhooks: {} delivery worker(s), up to {} attempts per delivery", properties.workers(),
                properties.maxAttempts());
    }

    private void work() {
        while (running) {
            try {
                Optional<Deliveries.DueDelivery> due = deliveries.takeNextDue(properties.lease());
                if (due.isPresent()) {
                    deliver(due.get());
                } else {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Webhooks: a delivery round failed; trying again in {}", properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void deliver(Deliveries.DueDelivery delivery) throws InterruptedException {
        Attempt attempt = sender.send(delivery);
        int number = delivery.attempts() + 1;
        Optional<java.time.Duration> retryAfter = attempt.succeeded() ? Optional.empty() : backoff.after(number);
        deliveries.record(delivery, attempt, retryAfter);
        if (!attempt.succeeded()) {
            log.info("Webhooks: delivery {} (event {}) to {}: attempt {} failed ({}); {}", delivery.id(),
                    delivery.globalIndex(), delivery.url(), number, attempt.error(),
                    retryAfter.map(wait -> "next in " + wait).orElse("no attempt left, FAILED"));
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
