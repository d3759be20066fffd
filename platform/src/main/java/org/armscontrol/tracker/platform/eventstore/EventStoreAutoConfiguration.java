package org.armscontrol.tracker.platform.eventstore;

import org.armscontrol.tracker.platform.eventstore.upcasting.StatementSpeakerUpcaster;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The PostgreSQL event store, as both sides use it: schema {@code event_store} migrated by Flyway, Axon's JDBC
 * storage engine mapped onto it, and Jackson as the serializer of everything Axon stores.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    public static final String SCHEMA = "event_store";
    /** PostgreSQL's SQLSTATE for a unique-key violation: two writers appended the same sequence number. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public SchemaMigration eventStoreSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource, SCHEMA, "classpath:db/event-store");
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(SCHEMA + ".events")
                .snapshotTable(SCHEMA + ".snapshots")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_id")
                .typeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_id")
                .sequenceNumberColumn("sequence_number")
                .timestampColumn("recorded_at")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("metadata")
                .build();
    }

    /**
     * Axon's default resolver for JDBC only recognises {@code SQLIntegrityConstraintViolationException}, which the
     * PostgreSQL driver never throws; without this, a concurrent append would surface as a storage failure instead
     * of a retryable concurrency conflict.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 EventStoreProperties properties) {
        return new PostgresEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout(properties.gapTimeoutMillis())
                .maxGapOffset(properties.maxGapOffset()));
    }

    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(StoredMessageJson.objectMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    /** Reads statements stored before their speaker had a name and a role. Axon applies every upcaster bean. */
    @Bean
    public StatementSpeakerUpcaster statementSpeakerUpcaster() {
        return new StatementSpeakerUpcaster();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
