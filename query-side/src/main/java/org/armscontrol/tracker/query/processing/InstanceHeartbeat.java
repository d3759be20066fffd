package org.armscontrol.tracker.query.processing;

import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the other query-side instances, through {@link ProcessorInstances}, that this one is alive and shares the
 * segments of a processor; removes it when the application stops. Starts before the event processors, so that the
 * first claim round already counts this instance.
 */
@Component
public class InstanceHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);

    private final ProcessorInstances instances;
    private final String processor;
    private final String nodeId;
    private final Duration interval;
    private final Duration forgetAfter;
    private ScheduledExecutorService executor;

    InstanceHeartbeat(ProcessorInstances instances, ProjectionProperties properties) {
        this.instances = instances;
        this.processor = QuerySideConfiguration.READ_MODELS;
        this.nodeId = properties.nodeId();
        this.interval = properties.claimInterval();
        // Rows of instances long gone are deleted; the others are merely not counted once silent for claimTimeout.
        this.forgetAfter = properties.claimTimeout().multipliedBy(10);
    }

    @Override
    public synchronized void start() {
        instances.beat(processor, nodeId, forgetAfter);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Processor {}: this instance is {}; heartbeat every {}", processor, nodeId, interval);
    }

    private void beat() {
        try {
            instances.beat(processor, nodeId, forgetAfter);
        } catch (RuntimeException e) {
            log.warn("Processor {}: heartbeat of {} failed; retrying in {}", processor, nodeId, interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        executor = null;
        try {
            instances.leave(processor, nodeId);
        } catch (RuntimeException e) {
            log.warn("Processor {}: could not sign {} off; the others take over when its heartbeat expires",
                    processor, nodeId, e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Before Axon's lifecycle (which starts the event processors) and after it when stopping. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
