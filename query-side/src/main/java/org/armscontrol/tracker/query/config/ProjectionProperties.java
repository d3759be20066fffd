package org.armscontrol.tracker.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models follow the event store ({@code tracker.projections.*}).
 *
 * @param segments   how many segments the event stream is split into; each can be processed by another thread or
 *                   instance (events of one record always go to the same segment, so they stay in order)
 * @param threads    worker threads of this instance for the segments it claims
 * @param batchSize  events handled in one transaction
 */
@ConfigurationProperties("tracker.projections")
public record ProjectionProperties(@DefaultValue("4") int segments, @DefaultValue("4") int threads,
                                   @DefaultValue("200") int batchSize) {
}
