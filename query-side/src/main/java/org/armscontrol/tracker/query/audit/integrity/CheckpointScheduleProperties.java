package org.armscontrol.tracker.query.audit.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the query side takes checkpoints of the event log by itself ({@code tracker.audit.*}).
 *
 * @param checkpointInterval how often ({@code PT1H} by default); {@code 0} turns scheduled checkpoints off (they can
 *                           still be taken with {@code POST /api/audit/checkpoints})
 */
@ConfigurationProperties("tracker.audit")
public record CheckpointScheduleProperties(@DefaultValue("PT1H") Duration checkpointInterval) {
}
