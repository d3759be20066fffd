package org.armscontrol.tracker.query.admin;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

    ReadModelProcessor(EventProcessingConfiguration processing, TokenPositions tokens) {
        this.processing = processing;
        this.tokens = tokens;
    }

    /** Whether the read models are being rebuilt, by this instance or another. */
    public boolean rebuilding() {
        return tokens.of(NAME).stream().anyMatch(SegmentPosition::rebuilding);
    }

    public ProjectionsStatus status() {
        long head = tokens.headIndex();
        List<SegmentPosition> segments = tokens.of(NAME);
        StreamingEventProcessor processor = processor();
        long position = segments.stream().mapToLong(SegmentPosition::position).min().orElse(0);
        boolean replaying = segments.stream().anyMatch(SegmentPosition::rebuilding);
        double progress = segments.stream().mapToDouble(SegmentPosition::replayProgress).min().orElse(1.0);
        return new ProjectionsStatus(head, List.of(new ProjectionsStatus.ProcessorStatus(NAME,
                processor.isRunning(), processor.isError(), position, Math.max(0, head - position), replaying,
                Math.floor(progress * 1000) / 10, segments)));
    }

    /**
     * Rebuilds every read model from the first event: stops this instance's processor, resets its tokens (the
     * projections' reset handlers empty their tables in the same transaction) and starts it again. The rebuild
     * itself runs in the background; {@link #status()} follows it.
     *
     * @throws ReplayNotPossibleException when a rebuild already runs, or another instance holds segments
     */
    public void rebuild() {
        StreamingEventProcessor processor = processor();
        if (rebuilding()) {
            throw new ReplayNotPossibleException("a rebuild of the read models is already under way; "
                    + "GET /api/admin/projections shows its progress");
        }
        log.info("Rebuilding the read models from the event store (processor {})", NAME);
        stop(processor);
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            throw new ReplayNotPossibleException("another query-side instance is processing the read models; stop "
                    + "the other instances (or their processor) and ask again");
        } finally {
            processor.start();
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
