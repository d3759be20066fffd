package org.armscontrol.tracker.query.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read models as a health contributor ({@code readModels}), part of the readiness group: OUT_OF_SERVICE while
 * they are rebuilt (reads answer 503 then), so that a load balancer sends reads elsewhere or waits; liveness does
 * not include it, since a rebuilding instance is working, not stuck.
 */
@Component
class ReadModelsHealthIndicator implements HealthIndicator {

    private final ReadModelProcessor processor;

    ReadModelsHealthIndicator(ReadModelProcessor processor) {
        this.processor = processor;
    }

    @Override
    public Health health() {
        // The common case costs one small query (see ReadModelProcessor.rebuilding); the status only during a rebuild.
        if (!processor.rebuilding()) {
            return Health.up().build();
        }
        ProjectionsStatus.ProcessorStatus status = processor.status().processors().get(0);
        return Health.outOfService()
                .withDetail("rebuilding", true)
                .withDetail("replayProgress", status.replayProgress())
                .withDetail("lag", status.lag())
                .build();
    }
}
