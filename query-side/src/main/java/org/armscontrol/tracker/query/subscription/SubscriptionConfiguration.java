package org.armscontrol.tracker.query.subscription;

import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.query.config.ProjectionProperties;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Subscriptions: webhooks and their deliveries live in a schema of their own ({@value #SCHEMA}), not among the read
 * models, so that a rebuild of the read models neither empties them nor sends old changes again. Deliveries are
 * enqueued by the processor {@value #OUTBOX}: one segment, its token in the token table next to the read models'
 * (but never reset with them), starting at the head of the event store the first time it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubscriptionProperties.class)
public class SubscriptionConfiguration {

    public static final String SCHEMA = "subscriptions";
    /** The processing group that enqueues webhook deliveries. */
    public static final String OUTBOX = "subscription-outbox";

    @Bean
    public SchemaMigration subscriptionsSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource, SCHEMA, "classpath:db/subscriptions");
    }

    @Autowired
    public void configureOutbox(EventProcessingConfigurer processing, ProjectionProperties projections) {
        processing.registerPooledStreamingEventProcessor(OUTBOX,
                        configuration -> configuration.eventStore(),
                        (configuration, builder) -> builder
                                // One segment: events are enqueued in their order, by one instance at a time;
                                // another takes over when its claim expires (tracker.projections.claim-timeout).
                                .initialSegmentCount(1)
                                // History is not delivered: the first run starts at the head of the event store.
                                .initialToken(StreamableMessageSource::createHeadToken)
                                .tokenClaimInterval(projections.claimInterval().toMillis())
                                .batchSize(100)
                                .workerExecutor(executor(configuration, "subscription-outbox-worker"))
                                .coordinatorExecutor(executor(configuration, "subscription-outbox-coordinator")))
                // A failure must not skip an event (its deliveries would be lost): the batch is rolled back and
                // handled again.
                .registerListenerInvocationErrorHandler(OUTBOX, configuration -> PropagatingErrorHandler.instance());
    }

    private static ScheduledExecutorService executor(org.axonframework.config.Configuration configuration,
                                                     String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        configuration.onShutdown(executor::shutdown);
        return executor;
    }
}
