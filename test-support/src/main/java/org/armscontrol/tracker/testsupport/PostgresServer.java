package org.armscontrol.tracker.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real PostgreSQL server the tests use. By default the one on 127.0.0.1:5432 (our machines and CI run one);
 * {@code TRACKER_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} point elsewhere. When none can be reached
 * and Docker is available, Testcontainers starts one. Otherwise the tests fail, saying how to provide one: they
 * never skip silently.
 */
public record PostgresServer(String adminUrl, String username, String password) {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String IMAGE = "postgres:17.6";

    private static PostgresServer instance;

    /** The server for this JVM, found (or started) once. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, username, password);
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String urlOf(String name) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static PostgresServer locate() {
        String url = env("TRACKER_TEST_POSTGRES_URL", DEFAULT_URL);
        PostgresServer configured = new PostgresServer(url, env("TRACKER_TEST_POSTGRES_USER", "postgres"),
                env("TRACKER_TEST_POSTGRES_PASSWORD", ""));
        SQLException failure;
        try (Connection ignored = configured.connectAdmin()) {
            return configured;
        } catch (SQLException e) {
            failure = e;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            log.info("No PostgreSQL at {} ({}); starting {} with Testcontainers", url, failure.getMessage(), IMAGE);
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
            container.start();
            return new PostgresServer(container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"),
                    container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("""
                The tests need a real PostgreSQL and none could be reached at %s (%s).
                Provide one in any of these ways:
                  - start the local server: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                  - point the tests at a server: TRACKER_TEST_POSTGRES_URL=jdbc:postgresql://host:5432/postgres \
                TRACKER_TEST_POSTGRES_USER=... TRACKER_TEST_POSTGRES_PASSWORD=...
                  - run Docker, and Testcontainers will start %s""".formatted(url, failure.getMessage(), IMAGE), failure);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
