package org.armscontrol.tracker.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.springframework.stereotype.Component;

/**
 * How far behind the event store the read models are, as gauges read at each scrape (in Prometheus:
 * {@code tracker_read_models_lag_events}, {@code tracker_read_models_rebuilding}): what
 * {@code GET /api/admin/projections} says, for alerting. Axon's own processor metrics (axon-micrometer) give the
 * per-segment latency and handler timings beside them.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    private final ReadModelProcessor processor;

    ReadModelMetrics(ReadModelProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tracker.read.models.lag", processor, p -> p.status().processors().get(0).lag())
                .description("Events between the head of the event store and the read models' lowest position")
                .baseUnit("events")
                .tag("processor", QuerySideConfiguration.READ_MODELS)
                .register(registry);
        Gauge.builder("tracker.read.models.rebuilding", processor, p -> p.rebuilding() ? 1 : 0)
                .description("1 while the read models are being rebuilt (reads answer 503), else 0")
                .tag("processor", QuerySideConfiguration.READ_MODELS)
                .register(registry);
    }
}
