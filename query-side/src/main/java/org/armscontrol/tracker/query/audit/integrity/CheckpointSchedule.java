package org.armscontrol.tracker.query.audit.integrity;

import org.armscontrol.tracker.platform.integrity.Checkpoint;
import org.armscontrol.tracker.platform.integrity.IntegrityCheckpoints;
import org.armscontrol.tracker.platform.lifecycle.LifecyclePhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.time.Duration;

/**
 * Takes a checkpoint every interval when some stream changed since the last one, so that a stream deleted whole is
 * detected even if nobody remembered to take one. The first comes one interval after the latest checkpoint (at once
 * when it is overdue or there is none), so restarts do not postpone it. Several query-side instances may all run
 * this: checkpoints are taken one at a time and the later ones find nothing changed.
 */
class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final IntegrityCheckpoints checkpoints;
    private final Duration interval;
    private final Clock clock;
    private ThreadPoolTaskScheduler executor;

    CheckpointSchedule(IntegrityCheckpoints checkpoints, Duration interval, Clock clock) {
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!positive(interval)) {
            log.info("Scheduled checkpoints of the event log are off (tracker.audit.checkpoint-interval={})", interval);
            return;
        }
        Duration firstIn = checkpoints.latest()
                .map(latest -> Duration.between(clock.instant(), latest.takenAt().plus(interval)))
                .filter(CheckpointSchedule::positive)
                .orElse(Duration.ZERO);
        executor = new ThreadPoolTaskScheduler();
        executor.setThreadNamePrefix("integrity-checkpoints-");
        executor.setDaemon(true);
        // A checkpoint being taken is finished (it is one transaction), none is started.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(3);
        executor.initialize();
        executor.scheduleWithFixedDelay(this::takeCheckpoint, clock.instant().plus(firstIn), interval);
        log.info("Checkpoints of the event log every {}, the next in {}", interval, firstIn);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stopped with the other workers, after the event processors and before the database. */
    @Override
    public int getPhase() {
        return LifecyclePhases.WORKERS;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private void takeCheckpoint() {
        try {
            checkpoints.takeIfChanged().ifPresentOrElse(
                    (Checkpoint checkpoint) -> log.info("Checkpoint {} of the event log taken: {} events in {} streams, "
                            + "hash {}", checkpoint.id(), checkpoint.events(), checkpoint.streams(),
                            checkpoint.checkpointHash()),
                    () -> log.debug("No stream changed since the last checkpoint; none taken"));
        } catch (RuntimeException e) {
            // A failed run must not end the schedule; the next one tries again.
            log.warn("Could not take a checkpoint of the event log; trying again in {}", interval, e);
        }
    }
}
