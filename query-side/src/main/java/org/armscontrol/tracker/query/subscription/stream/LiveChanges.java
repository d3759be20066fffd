package org.armscontrol.tracker.query.subscription.stream;

import org.armscontrol.tracker.query.subscription.ChangeDescriptions;
import org.armscontrol.tracker.query.subscription.ChangeJson;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * This instance's feed of the changes recorded from now on, fanned out to its connected stream clients. Each
 * query-side instance follows the event store for itself, from its head at start-up, through a stream of the event
 * store whose position is kept in memory only: every instance sees every event, whichever instance or command side
 * recorded it, and no position of it is shared with (or left behind for) the others. The stream's producer is the
 * embedded event store's own, so that events appended in this JVM are seen at once and the others' within its
 * polling delay. A heartbeat comment keeps idle connections open.
 */
@Component
class LiveChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(2);

    private final EventStore eventStore;
    private final ChangeDescriptions descriptions;
    private final ChangeJson json;
    private final SubscriptionProperties.Stream properties;
    private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();
    /** Writes to the clients: at most {@code senders} threads, however many clients are connected. */
    private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();
    private volatile boolean running;
    /** Two threads: one follows the event store, the other beats the heartbeat. */
    private ThreadPoolTaskScheduler scheduler;

    LiveChanges(EventStore eventStore, ChangeDescriptions descriptions, ChangeJson json,
                SubscriptionProperties properties) {
        this.eventStore = eventStore;
        this.descriptions = descriptions;
        this.json = json;
        this.properties = properties.stream();
        senders.setCorePoolSize(this.properties.senders());
        senders.setMaxPoolSize(this.properties.senders());
        senders.setAllowCoreThreadTimeOut(true);
        senders.setThreadNamePrefix("subscriptions-stream-sender-");
        senders.setDaemon(true);
        senders.initialize();
    }

    Executor senders() {
        return senders;
    }

    void add(StreamSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(StreamSubscriber subscriber) {
        subscribers.remove(subscriber);
        subscriber.close();
    }

    @Override
    public synchronized void start() {
        TrackingToken head = eventStore.createHeadToken();
        running = true;
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("subscriptions-live-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.execute(() -> follow(head));
        scheduler.scheduleWithFixedDelay(() -> subscribers.forEach(subscriber -> subscriber.comment("heartbeat")),
                Instant.now().plus(properties.heartbeat()), properties.heartbeat());
        log.info("Subscriptions: following the event store for stream clients from {}",
                head == null ? "its beginning (it is empty)" : head);
    }

    /**
     * Follows the event store from {@code from} until stopped; after a failure, again from the last event seen, on
     * the scheduler after a pause (no thread sleeps meanwhile).
     */
    private void follow(TrackingToken from) {
        TrackingToken position = from;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(position)) {
            while (running) {
                if (events.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    TrackedEventMessage<?> event = events.nextAvailable();
                    position = event.trackingToken();
                    publish(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Subscriptions: following the event store failed at {}; again in {}", position,
                        RETRY_AFTER_FAILURE, e);
                TrackingToken last = position;
                try {
                    scheduler.schedule(() -> follow(last), Instant.now().plus(RETRY_AFTER_FAILURE));
                } catch (TaskRejectedException stopping) {
                    // Stopped meanwhile: nothing to follow any more.
                }
            }
        }
    }

    private void publish(TrackedEventMessage<?> event) {
        subscribers.removeIf(StreamSubscriber::isClosed);
        if (subscribers.isEmpty()) {
            return;
        }
        long index = event.trackingToken().position().orElseThrow();
        descriptions.describe(event, index).map(change -> new SentChange(change, json.write(change)))
                .ifPresent(change -> subscribers.forEach(subscriber -> subscriber.offer(change)));
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        // Interrupts the follower (and it sees running false within a second anyway).
        scheduler.shutdown();
        // Clients see their stream end and reconnect, to another instance if this one is going away.
        subscribers.forEach(StreamSubscriber::end);
        subscribers.clear();
        senders.shutdown();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
