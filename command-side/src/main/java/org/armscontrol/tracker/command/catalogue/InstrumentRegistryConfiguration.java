package org.armscontrol.tracker.command.catalogue;

import org.armscontrol.tracker.command.config.CommandSideConfiguration;
import org.armscontrol.tracker.platform.catalogue.InstrumentRegistryTable;
import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command side's knowledge of the instruments registered at run time: loaded from its table when the bean is
 * made (before Axon starts handling commands), then kept up to date by a subscribing processor in each write's
 * transaction; a failure there fails the write rather than leave the catalogue behind the event store.
 */
@Configuration(proxyBeanMethods = false)
public class InstrumentRegistryConfiguration {

    public static final String PROCESSING_GROUP = "instrument-registry";
    private static final Logger log = LoggerFactory.getLogger(InstrumentRegistryConfiguration.class);

    @Bean
    public InstrumentRegistryTable commandSideInstruments(JdbcTemplate jdbc, @Qualifier("commandSideSchemaMigration")
                                                          SchemaMigration migration) {
        InstrumentRegistryTable table = InstrumentRegistryTable.latestOnly(jdbc, CommandSideConfiguration.SCHEMA);
        int loaded = table.load();
        if (loaded > 0) {
            log.info("Loaded {} registered or amended instrument(s) into the catalogue", loaded);
        }
        return table;
    }

    @Autowired
    public void configureProcessor(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
