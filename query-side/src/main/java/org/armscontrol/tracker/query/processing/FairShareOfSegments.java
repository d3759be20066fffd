package org.armscontrol.tracker.query.processing;

import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How many segments this instance may hold: its fair share, {@code ceil(segments / live instances)}, or none while
 * another instance prepares a rebuild. Axon's pooled processor asks at every claim round; above the share it releases
 * segments (which another instance then claims), below it claims free ones, including those whose owner died and
 * whose claim has expired. This is the balancing Axon Server would otherwise do.
 */
@Component
public class FairShareOfSegments implements MaxSegmentProvider {

    private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);

    private final ProcessorInstances instances;
    private final String nodeId;
    private final int segments;
    private final Duration liveness;
    private final Duration rebuildRequestExpiry;
    private volatile int lastShare;

    FairShareOfSegments(ProcessorInstances instances, ProjectionProperties properties) {
        this.instances = instances;
        this.nodeId = properties.nodeId();
        this.segments = properties.segments();
        this.liveness = properties.claimTimeout();
        this.rebuildRequestExpiry = properties.rebuildRequestExpiry();
        this.lastShare = segments;
    }

    @Override
    public int getMaxSegments(String processor) {
        int share;
        try {
            share = share(processor);
        } catch (RuntimeException e) {
            // The coordinator must not fail on a hiccup of the database: keep the share it had.
            log.warn("Could not read the live instances of {}; keeping a share of {} segment(s)", processor,
                    lastShare, e);
            return lastShare;
        }
        if (share != lastShare) {
            log.info("Processor {}: this instance ({}) now takes up to {} of {} segment(s)", processor, nodeId, share,
                    segments);
            lastShare = share;
        }
        return share;
    }

    private int share(String processor) {
        if (instances.rebuildRequestedBy(processor, rebuildRequestExpiry)
                .filter(requester -> !requester.equals(nodeId)).isPresent()) {
            return 0;
        }
        long live = instances.live(processor, liveness).stream()
                .filter(instance -> !instance.nodeId().equals(nodeId)).count() + 1;
        return (int) Math.ceil((double) segments / live);
    }
}
