package org.armscontrol.tracker.platform.integrity;

import org.armscontrol.tracker.platform.eventstore.EventStoreAutoConfiguration;
import org.armscontrol.tracker.platform.eventstore.EventStoreProperties;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Tamper evidence for the event store, on both sides: every appended event is sealed into its stream's hash chain
 * (the command side appends), and checkpoints and verification are available to whoever serves them (the query side).
 */
@AutoConfiguration(after = {EventStoreAutoConfiguration.class, AxonAutoConfiguration.class})
public class IntegrityAutoConfiguration {

    /**
     * Wraps the storage engine so that the events a command handler loads its aggregate from leave their hashes in
     * the unit of work, where the interceptor finds the predecessor of the first new event without a query.
     */
    @Bean
    static BeanPostProcessor hashRecordingStorageEngine() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventStorageEngine storage && !(bean instanceof HashRecordingStorageEngine)
                        ? new HashRecordingStorageEngine(storage) : bean;
            }
        };
    }

    /** Where the interceptor reads a predecessor's hash that the unit of work has not seen (see {@link HashLookup}). */
    @Bean
    public HashLookup storedHashes(DataSource dataSource) {
        return new StoredHashes(dataSource);
    }

    @Bean
    public HashChainInterceptor hashChainInterceptor(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                     HashLookup storedHashes) {
        // The storage engine's own serializer: the bytes hashed must be the bytes stored.
        return new HashChainInterceptor(eventSerializer, storedHashes);
    }

    /** Puts the interceptor on the event store, through which aggregates' events pass before they are appended. */
    @Bean(destroyMethod = "cancel")
    public Registration hashChainRegistration(EventStore eventStore, HashChainInterceptor hashChainInterceptor) {
        return eventStore.registerDispatchInterceptor(hashChainInterceptor);
    }

    @Bean
    public IntegrityCheckpoints integrityCheckpoints(DataSource dataSource,
                                                     PlatformTransactionManager transactionManager, Clock clock,
                                                     EventStoreProperties properties) {
        return new IntegrityCheckpoints(dataSource, transactionManager, clock, properties.batchSize());
    }

    @Bean
    public EventLogVerifier eventLogVerifier(DataSource dataSource, PlatformTransactionManager transactionManager,
                                             EventStoreProperties properties) {
        return new EventLogVerifier(dataSource, transactionManager, properties.batchSize());
    }
}
