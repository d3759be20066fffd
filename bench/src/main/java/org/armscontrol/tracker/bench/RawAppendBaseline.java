package org.armscontrol.tracker.bench;

import org.armscontrol.tracker.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The physical limit of an append: single-row JDBC inserts of event-sized JSON rows into a copy of the shape of
 * {@code event_store.events} (same columns, keys and unique constraint), one transaction each, at the server's
 * default durability (synchronous commit), from 1 or more threads.
 */
final class RawAppendBaseline {

    private final TestDatabase database;
    private final byte[] payload;
    private final byte[] metadata;

    RawAppendBaseline(TestDatabase database, byte[] payload, byte[] metadata) {
        this.database = database;
        this.payload = payload;
        this.metadata = metadata;
    }

    void createTable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench_raw");
            statement.execute("DROP TABLE IF EXISTS bench_raw.events");
            // The event store's own shape: columns, identity, keys, unique constraint and indexes (not its triggers,
            // which only refuse updates and deletes).
            statement.execute("CREATE TABLE bench_raw.events (LIKE event_store.events INCLUDING ALL)");
        }
    }

    /** Inserts {@code rowsPerThread} rows from each of {@code threads} threads; returns rows per second. */
    double rowsPerSecond(int threads, int rowsPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    insert(rowsPerThread);
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return threads * rowsPerThread / seconds;
        } finally {
            pool.shutdown();
        }
    }

    private void insert(int rows) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO bench_raw.events (event_id, aggregate_type, aggregate_id, sequence_number, recorded_at,
                    payload_type, payload_revision, payload, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(true);
            for (int i = 0; i < rows; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "Statement");
                insert.setString(3, UUID.randomUUID().toString());
                insert.setLong(4, 0);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.setString(6, "org.armscontrol.tracker.shared.statement.StatementRecorded");
                insert.setString(7, "2");
                insert.setBytes(8, payload);
                insert.setBytes(9, metadata);
                insert.executeUpdate();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
