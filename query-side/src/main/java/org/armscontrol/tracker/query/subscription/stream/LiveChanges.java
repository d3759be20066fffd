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
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    /** Writes to the clients; threads come and go with the clients being written to. */
    private final ExecutorService senders = Executors.newCachedThreadPool(daemon("subscriptions-stream-sender"));
    private volatile boolean running;
    private Thread follower;
    private ScheduledExecutorService heartbeat;

    LiveChanges(EventStore eventStore, ChangeDescriptions descriptions, ChangeJson json,
                SubscriptionProperties properties) {
        this.eventStore = eventStore;
        this.descriptions = descriptions;
        this.json = json;
        this.properties = properties.stream();
    }

    ExecutorService senders() {
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
        follower = daemon("subscriptions-live-feed").newThread(() -> follow(head));
        follower.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("subscriptions-stream-heartbeat"));
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(() -> subscribers.forEach(subscriber -> subscriber.comment("heartbeat")),
                every, every, TimeUnit.MILLISECONDS);
        log.info("Subscriptions: following the event store for stream clients from {}",
                head == null ? "its beginning (it is empty)" : head);
    }

    /** Follows the event store from {@code from} until stopped; after a failure, again from the last event seen. */
    private void follow(TrackingToken from) {
        TrackingToken position = from;
        while (running) {
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
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Subscriptions: following the event store failed at {}; again in {}", position,
                        RETRY_AFTER_FAILURE, e);
                pause();
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

    private static void pause() {
        try {
            Thread.sleep(RETRY_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        heartbeat.shutdownNow();
        follower.interrupt();
        // Clients see their stream end and reconnect, to another instance if this one is going away.
        subscribers.forEach(StreamSubscriber::end);
        subscribers.clear();
        senders.shutdown();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
