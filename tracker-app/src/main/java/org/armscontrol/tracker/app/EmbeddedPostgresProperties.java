package org.armscontrol.tracker.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL of the default configuration.
 *
 * @param dataDirectory where its data lives between runs (relative to the working directory)
 * @param port          the port it listens on (loopback), so that psql can look at the data; 0 picks a free one
 */
@ConfigurationProperties("tracker.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, Integer port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "embedded-postgres") : dataDirectory;
        port = port == null ? 15432 : port;
    }
}
