package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.platform.lifecycle.LifecyclePhases;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends the due deliveries. Every query-side instance runs {@code workers} threads; each takes one due delivery at a
 * time (rows no other worker holds, see {@link Deliveries#takeNextDue}), sends it, records the attempt, and looks
 * for the next; with none due it waits {@code poll-interval} (rounds on Spring's {@link ThreadPoolTaskScheduler}).
 * Failed attempts are retried on the {@link Backoff} schedule; a delivery is sent at least once, and more than once only when a worker dies between sending and
 * recording (receivers deduplicate on X-Tracker-Event-Id).
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);
    /** How long a stop waits for the deliveries in flight to be sent and recorded. */
    private static final int STOP_WAIT_SECONDS = 3;

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final SubscriptionProperties.Webhooks properties;
    private final Backoff backoff;
    private volatile boolean running;
    private ThreadPoolTaskScheduler workers;

    DeliveryWorkers(Deliveries deliveries, WebhookSender sender, SubscriptionProperties properties) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties.webhooks();
        this.backoff = this.properties.backoff();
    }

    @Override
    public synchronized void start() {
        running = true;
        workers = new ThreadPoolTaskScheduler();
        workers.setPoolSize(properties.workers());
        workers.setThreadNamePrefix("webhook-delivery-");
        workers.setDaemon(true);
        workers.setWaitForTasksToCompleteOnShutdown(true);
        workers.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
        workers.initialize();
        for (int i = 0; i < properties.workers(); i++) {
            workers.scheduleWithFixedDelay(this::deliverDue, properties.pollInterval());
        }
        log.info("Webhooks: {} delivery worker(s), up to {} attempts per delivery", properties.workers(),
                properties.maxAttempts());
    }

    /** A worker's round: the due deliveries one after the other until none is due; the next after poll-interval. */
    private void deliverDue() {
        try {
            while (running) {
                Optional<Deliveries.DueDelivery> due = deliveries.takeNextDue(properties.lease());
                if (due.isEmpty()) {
                    return;
                }
                deliver(due.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Webhooks: a delivery round failed; trying again in {}", properties.pollInterval(), e);
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

    /** No new round starts; the deliveries in flight are sent and recorded (a delivery taken is held by its lease). */
    @Override
    public synchronized void stop() {
        running = false;
        if (workers != null) {
            workers.shutdown();
            workers = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** After the event processors (which enqueue the deliveries), before the database goes. */
    @Override
    public int getPhase() {
        return LifecyclePhases.WORKERS;
    }
}
