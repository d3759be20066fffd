package org.armscontrol.tracker.query.audit.integrity;

import org.armscontrol.tracker.platform.integrity.IntegrityCheckpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The query side takes checkpoints of the event log on a schedule (see {@link CheckpointScheduleProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckpointScheduleProperties.class)
class IntegrityConfiguration {

    @Bean
    CheckpointSchedule checkpointSchedule(IntegrityCheckpoints checkpoints, CheckpointScheduleProperties properties,
                                          Clock clock) {
        return new CheckpointSchedule(checkpoints, properties.checkpointInterval(), clock);
    }
}
