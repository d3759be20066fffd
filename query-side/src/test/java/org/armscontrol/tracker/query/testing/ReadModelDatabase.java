package org.armscontrol.tracker.query.testing;

import org.armscontrol.tracker.platform.eventstore.SchemaMigration;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the real PostgreSQL with the {@code read_model} schema migrated, for testing the
 * projections and their reads without the rest of the application. Close it to drop the database.
 */
public final class ReadModelDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final JdbcTemplate jdbc;

    public ReadModelDatabase() {
        database = TestDatabase.create();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        new SchemaMigration(dataSource, "read_model", "classpath:db/read-model").afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public NamedParameterJdbcTemplate named() {
        return new NamedParameterJdbcTemplate(jdbc);
    }

    /** Empties every read-model table (between tests). */
    public void clear() {
        jdbc.execute("""
                TRUNCATE read_model.treaty_actions, read_model.treaty_action_corrections, read_model.statements,
                         read_model.stockpile_declarations,
                         read_model.stockpile_destructions, read_model.stockpile_revisions, read_model.votes,
                         read_model.reservations, read_model.reservation_withdrawals,
                         read_model.reservation_voids""");
    }

    @Override
    public void close() {
        database.close();
    }
}
