package org.armscontrol.tracker.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for one test context, on the {@link PostgresServer}, named
 * {@code tracker_test_<created>_<random>} and dropped when the context closes (or, failing that, when the JVM
 * exits). Databases left over by a crashed run more than a day ago are dropped when a new one is created.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String PREFIX = "tracker_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PostgresServer server;
    private final String name;
    private volatile boolean kept;
    private volatile boolean dropped;

    private TestDatabase(PostgresServer server, String name, boolean kept) {
        this.server = server;
        this.name = name;
        this.kept = kept;
    }

    /**
     * A database that already exists on the {@link PostgresServer}, left in place by {@link #close()}: for the
     * benchmark, which can reuse a database it filled before.
     */
    public static TestDatabase existing(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        return new TestDatabase(PostgresServer.get(), name, true);
    }

    /** Keeps the database when closed (the benchmark's --keep-database). */
    public void keep() {
        kept = true;
    }

    /** A new database, dropped by {@link #close()} or, failing that, when the JVM exits. */
    public static TestDatabase create() {
        TestDatabase database = createWithoutExitHook();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "drop-" + database.name));
        return database;
    }

    /**
     * A new database dropped only by {@link #close()}: for an owner that closes it for sure, such as a Spring context
     * (whose own exit hook closes it; a second hook would drop the database while the context still stops on it).
     */
    static TestDatabase createWithoutExitHook() {
        PostgresServer server = PostgresServer.get();
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + server.adminUrl(), e);
        }
        return new TestDatabase(server, name, false);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.urlOf(name);
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    /** Drops the database (unless kept), closing any connection still open to it. */
    @Override
    public synchronized void close() {
        if (dropped || kept) {
            return;
        }
        try (Connection connection = server.connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
        } catch (SQLException e) {
            log.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    private static void dropLeftovers(Statement statement) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String existing = rs.getString(1);
                String stamp = existing.substring(PREFIX.length()).split("_")[0];
                if (stamp.length() == 14 && stamp.compareTo(dayAgo) < 0) {
                    stale.add(existing);
                }
            }
        }
        for (String old : stale) {
            log.info("Dropping test database {} left over by an earlier run", old);
            statement.execute("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
        }
    }
}
