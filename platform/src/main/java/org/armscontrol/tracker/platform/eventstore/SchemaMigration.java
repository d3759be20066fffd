package org.armscontrol.tracker.platform.eventstore;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;

/**
 * Brings one PostgreSQL schema up to date with Flyway when the application starts.
 * <p>
 * Each part of the tracker owns a schema with its own migration history ({@code event_store}, the command
 * side's {@code command_side}, the query side's {@code read_model}), so that each side can be deployed alone
 * and both can share one database without their migrations colliding.
 */
public class SchemaMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final String schema;
    private final String location;

    public SchemaMigration(DataSource dataSource, String schema, String location) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .locations(location)
                .load()
                .migrate();
        log.info("Schema {} is at version {} ({} migration(s) applied now)",
                schema, result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }

    public String schema() {
        return schema;
    }
}
