package org.armscontrol.tracker.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * How the read models follow the event store ({@code tracker.projections.*}).
 *
 * @param segments      how many segments the event stream is split into; each can be processed by another thread or
 *                      instance (events of one record always go to the same segment, so they stay in order)
 * @param threads       worker threads of this instance for the segments it claims
 * @param batchSize     events handled in one transaction
 * @param claimInterval how often an instance beats its heartbeat, looks for unclaimed segments and gives up those
 *                      above its fair share
 * @param claimTimeout  how long a silent instance keeps its claims and its place among the live instances; after
 *                      that its segments go to the others. Must be well above {@code claimInterval}.
 * @param nodeId        this instance's name in the token claims; by default process id, host and a random suffix,
 *                      so that two instances in one JVM (tests) never share claims
 */
@ConfigurationProperties("tracker.projections")
public record ProjectionProperties(@DefaultValue("4") int segments, @DefaultValue("4") int threads,
                                   @DefaultValue("1000") int batchSize,
                                   @DefaultValue("5s") Duration claimInterval,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   String nodeId) {

    public ProjectionProperties {
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        }
        if (claimTimeout.compareTo(claimInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tracker.projections.claim-timeout (" + claimTimeout + ") must be at "
                    + "least twice tracker.projections.claim-interval (" + claimInterval + ")");
        }
    }

    /** A rebuild request older than this was left by an instance that died before it could reset the tokens. */
    public Duration rebuildRequestExpiry() {
        return claimTimeout.multipliedBy(3);
    }
}
