package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.platform.catalogue.InstrumentRegistryTable;
import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query side's table of registered instruments, loaded into the catalogue when the bean is made: before the
 * read models' processor starts, so that events naming those instruments are read from the first.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentRegistryLoading {

    private static final Logger log = LoggerFactory.getLogger(InstrumentRegistryLoading.class);

    @Bean
    InstrumentRegistryTable readModelInstruments(JdbcTemplate jdbc,
                                                 @Qualifier("readModelSchemaMigration") SchemaMigration migration) {
        InstrumentRegistryTable table = InstrumentRegistryTable.everyVersion(jdbc, QuerySideConfiguration.SCHEMA);
        int loaded = table.load();
        if (loaded > 0) {
            log.info("Loaded {} registered or amended instrument(s) into the catalogue", loaded);
        }
        return table;
    }
}
