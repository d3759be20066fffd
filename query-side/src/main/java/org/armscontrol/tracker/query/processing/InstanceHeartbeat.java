package org.armscontrol.tracker.query.processing;

import org.armscontrol.tracker.platform.lifecycle.LifecyclePhases;
import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

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
    private ThreadPoolTaskScheduler executor;

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
        executor = new ThreadPoolTaskScheduler();
        executor.setThreadNamePrefix("processor-heartbeat-");
        executor.setDaemon(true);
        executor.initialize();
        executor.scheduleWithFixedDelay(this::beat, Instant.now().plus(interval), interval);
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
        executor.shutdown();
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
        return LifecyclePhases.HEARTBEAT;
    }
}
