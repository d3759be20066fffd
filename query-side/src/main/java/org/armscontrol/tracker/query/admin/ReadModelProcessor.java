package org.armscontrol.tracker.query.admin;

import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.query.processing.ProcessorInstances;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The event processor that feeds the read models: its status, and the rebuild of everything it feeds. */
@Component
public class ReadModelProcessor {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProcessor.class);
    private static final String NAME = QuerySideConfiguration.READ_MODELS;

    private final EventProcessingConfiguration processing;
    private final TokenPositions tokens;
    private final ProcessorInstances instances;
    private final ProjectionProperties properties;

    ReadModelProcessor(EventProcessingConfiguration processing, TokenPositions tokens, ProcessorInstances instances,
                       ProjectionProperties properties) {
        this.processing = processing;
        this.tokens = tokens;
        this.instances = instances;
        this.properties = properties;
    }

    /**
     * Whether the read models are being rebuilt, by this instance or another. Every guarded read asks, so the common
     * case (no segment holds a replay token) is one small query; tokens are read and compared only during and just
     * after a rebuild.
     */
    public boolean rebuilding() {
        return tokens.anyReplayToken(NAME) && tokens.of(NAME).stream().anyMatch(SegmentPosition::rebuilding);
    }

    /**
     * Whether the read models have handled every committed event recorded at or before {@code instant}, so that an
     * answer as known then is complete (and no rebuild runs).
     */
    public boolean handledEverythingRecordedBy(Instant instant) {
        return !rebuilding() && tokens.handledEverythingRecordedBy(NAME, instant);
    }

    public ProjectionsStatus status() {
        long head = tokens.headIndex();
        List<SegmentPosition> segments = tokens.of(NAME);
        StreamingEventProcessor processor = processor();
        long position = segments.stream().mapToLong(SegmentPosition::position).min().orElse(0);
        boolean replaying = segments.stream().anyMatch(SegmentPosition::rebuilding);
        double progress = segments.stream().mapToDouble(SegmentPosition::replayProgress).min().orElse(1.0);
        List<ProjectionsStatus.InstanceStatus> live = instances.live(NAME, properties.claimTimeout()).stream()
                .map(instance -> new ProjectionsStatus.InstanceStatus(instance.nodeId(),
                        instance.nodeId().equals(properties.nodeId()), instance.startedAt(), instance.heartbeatAt(),
                        segments.stream().filter(segment -> instance.nodeId().equals(segment.owner()))
                                .map(SegmentPosition::segment).toList()))
                .toList();
        return new ProjectionsStatus(head, List.of(new ProjectionsStatus.ProcessorStatus(NAME,
                processor.isRunning(), processor.isError(), position, Math.max(0, head - position), replaying,
                Math.floor(progress * 1000) / 10, segments, live)));
    }

    /**
     * Rebuilds every read model from the first event: asks the other query-side instances to release their segments,
     * stops this instance's processor, resets all tokens once every claim is free (the projections' reset handlers
     * empty their tables in the same transaction) and starts it again; the others then claim their share again and
     * take part in the rebuild. The rebuild itself runs in the background; {@link #status()} follows it.
     *
     * @throws ReplayNotPossibleException when a rebuild already runs or is being prepared, or the other instances
     *                                    did not release their segments in time
     */
    public void rebuild() {
        StreamingEventProcessor processor = processor();
        if (rebuilding()) {
            throw new ReplayNotPossibleException("a rebuild of the read models is already under way; "
                    + "GET /api/admin/projections shows its progress");
        }
        if (!instances.requestRebuild(NAME, properties.nodeId(), properties.rebuildRequestExpiry())) {
            throw new ReplayNotPossibleException("another query-side instance is preparing a rebuild of the read "
                    + "models; GET /api/admin/projections shows its progress");
        }
        log.info("Rebuilding the read models from the event store (processor {})", NAME);
        try {
            stop(processor);
            resetOnceEveryClaimIsFree(processor, Instant.now().plus(properties.claimTimeout())
                    .plus(properties.claimInterval().multipliedBy(2)));
        } finally {
            instances.endRebuildRequest(NAME, properties.nodeId());
            processor.start();
        }
    }

    /** The other instances release their segments at their next claim round; a dead one's claims expire. */
    private void resetOnceEveryClaimIsFree(StreamingEventProcessor processor, Instant deadline) {
        while (true) {
            try {
                processor.resetTokens();
                return;
            } catch (UnableToClaimTokenException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new ReplayNotPossibleException("other query-side instances still hold segments of the read "
                            + "models; ask again, or stop them and ask again");
                }
                pause(Duration.ofMillis(200));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other instances", e);
        }
    }

    private static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the read-model processor", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the read-model processor did not stop", e);
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(NAME, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no event processor " + NAME));
    }
}
