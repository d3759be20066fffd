package org.armscontrol.tracker.query.admin;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The read models as a health contributor ({@code readModels}), part of the readiness group: OUT_OF_SERVICE while
 * they are rebuilt (reads answer 503 then), so that a load balancer sends reads elsewhere or waits; liveness does
 * not include it, since a rebuilding instance is working, not stuck. DOWN (with the error) when the token table cannot
 * be read.
 */
@Component
class ReadModelsHealthIndicator extends AbstractHealthIndicator {

    private final ReadModelProcessor processor;

    ReadModelsHealthIndicator(ReadModelProcessor processor) {
        super("The read models' token table could not be read");
        this.processor = processor;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        // The common case costs one small query (see ReadModelProcessor.rebuilding); the status only during a rebuild.
        if (!processor.rebuilding()) {
            health.up();
            return;
        }
        ProjectionsStatus.ProcessorStatus status = processor.status().processors().get(0);
        health.outOfService()
                .withDetail("rebuilding", true)
                .withDetail("replayProgress", status.replayProgress())
                .withDetail("lag", status.lag());
    }
}
