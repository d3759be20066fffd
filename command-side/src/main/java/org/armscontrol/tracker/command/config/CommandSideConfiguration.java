package org.armscontrol.tracker.command.config;

import org.armscontrol.tracker.command.idempotency.IdempotencyInterceptor;
import org.armscontrol.tracker.command.idempotency.IdempotencyKeyReusedException;
import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.command.rules.UnknownRecordException;
import org.armscontrol.tracker.command.web.WriteRequestResolver;
import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** How commands travel: with their metadata, retried on concurrency conflicts, guarded by idempotency keys. */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration implements WebMvcConfigurer {

    static {
        // A write's WriteRequest (recorder, correlation id, Idempotency-Key, If-Match) comes from the headers and
        // the signed-in user, not from a query object: the API document leaves it out.
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(org.armscontrol.tracker.command.web.WriteRequest.class);
    }

    public static final String SCHEMA = "command_side";
    /** The bean that snapshots a record's state after every {@code tracker.snapshots.threshold} events. */
    public static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    @Bean
    public SchemaMigration commandSideSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource, SCHEMA, "classpath:db/command-side");
    }

    /**
     * Two writers appending to one record at once: the loser's append fails on the unique sequence number and the
     * command is retried against the fresh state, where its rules are checked again. Rule violations, bad input,
     * stale If-Match versions and missing records are final and never retried.
     */
    @Bean(destroyMethod = "shutdown")
    public ScheduledExecutorService commandRetryExecutor() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public RetryScheduler commandRetryScheduler(ScheduledExecutorService commandRetryExecutor,
                                                @Value("${tracker.commands.max-retries:8}") int maxRetries) {
        return ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .maxRetryCount(maxRetries)
                .backoffFactor(20)
                .addNonTransientFailurePredicate(failure -> failure instanceof RuleViolation
                        || failure instanceof UnknownRecordException
                        || failure instanceof IllegalArgumentException
                        || failure instanceof IdempotencyKeyReusedException)
                .build();
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, RetryScheduler commandRetryScheduler) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(commandRetryScheduler)
                .build();
    }

    /**
     * Records are loaded from their latest snapshot and the events after it, so that a long stream (a statement
     * amended many times, a stockpile with many destruction reports) loads as fast as a short one.
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${tracker.snapshots.threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    public CorrelationDataProvider correlationAndCausation() {
        return new CorrelationAndCausation();
    }

    /** Who recorded a fact, and under which Idempotency-Key, travel from the command to each of its events. */
    @Bean
    public CorrelationDataProvider recorderAndIdempotencyKey() {
        return new SimpleCorrelationDataProvider(TrackerMetaData.RECORDED_BY, TrackerMetaData.IDEMPOTENCY_KEY);
    }

    @Bean
    public IdempotencyInterceptor idempotencyInterceptor(JdbcTemplate jdbcTemplate) {
        return new IdempotencyInterceptor(jdbcTemplate);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new WriteRequestResolver());
    }
}
