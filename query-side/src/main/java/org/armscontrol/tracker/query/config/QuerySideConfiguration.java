package org.armscontrol.tracker.query.config;

import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.query.processing.FairShareOfSegments;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read models follow the event store through one pooled streaming event processor, {@value #READ_MODELS}, whose
 * tokens live in PostgreSQL next to the read models, so that a batch of events and the token that records it are
 * committed in one transaction: a restart, a replay or a second instance never applies an event twice. Several
 * instances split the segments between them, each taking its fair share (see {@link FairShareOfSegments}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
public class QuerySideConfiguration {

    public static final String SCHEMA = "read_model";
    /** The processing group of every projection. */
    public static final String READ_MODELS = "read-models";

    @Bean
    public SchemaMigration readModelSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource, SCHEMA, "classpath:db/read-model");
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 SchemaMigration readModelSchemaMigration, ProjectionProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .contentType(byte[].class)
                .nodeId(properties.nodeId())
                .claimTimeout(properties.claimTimeout())
                .schema(new TokenSchema.Builder()
                        .setTokenTable(SCHEMA + ".token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    @Autowired
    public void configureProcessors(EventProcessingConfigurer processing, ProjectionProperties properties,
                                    FairShareOfSegments fairShare) {
        processing.registerPooledStreamingEventProcessor(READ_MODELS,
                        configuration -> configuration.eventStore(),
                        (configuration, builder) -> builder
                                .initialSegmentCount(properties.segments())
                                // Several instances share the segments (see FairShareOfSegments).
                                .maxSegmentProvider(fairShare)
                                .tokenClaimInterval(properties.claimInterval().toMillis())
                                .batchSize(properties.batchSize())
                                // Segments without events of their own still record their progress every second,
                                // so that positions (and the end of a replay) show promptly in the token table.
                                .claimExtensionThreshold(1000)
                                .workerExecutor(executor(configuration, properties.threads(), "read-models-worker"))
                                .coordinatorExecutor(executor(configuration, 1, "read-models-coordinator")))
                // A projection that fails on an event must not skip it (the read model would silently lose
                // a fact): the failure propagates, the batch rolls back and the processor retries it.
                .registerListenerInvocationErrorHandler(READ_MODELS, configuration -> PropagatingErrorHandler.instance());
    }

    /** Threads of the processor, named for the logs, stopped with the application. */
    private static ScheduledExecutorService executor(org.axonframework.config.Configuration configuration, int threads,
                                                     String prefix) {
        AtomicInteger counter = new AtomicInteger();
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        configuration.onShutdown(executor::shutdown);
        return executor;
    }
}
