package org.armscontrol.tracker.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store.
 *
 * @param batchSize       events fetched per query when streaming (replays read in batches of this size)
 * @param gapTimeoutMillis how long a gap in global indexes (a transaction not yet committed) is awaited
 *                        before it is considered permanent (a rolled-back transaction)
 * @param maxGapOffset    how far back gaps are tracked
 */
@ConfigurationProperties("tracker.event-store")
public record EventStoreProperties(Integer batchSize, Integer gapTimeoutMillis, Integer maxGapOffset) {

    public EventStoreProperties {
        batchSize = batchSize == null ? 1_000 : batchSize;
        gapTimeoutMillis = gapTimeoutMillis == null ? 60_000 : gapTimeoutMillis;
        maxGapOffset = maxGapOffset == null ? 10_000 : maxGapOffset;
    }
}
