package org.armscontrol.tracker.app;

import org.armscontrol.tracker.platform.Launch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * The tracker as the README's run command starts it (its own embedded PostgreSQL, the demo and reference data, the
 * demo users), on free ports, its data kept under a directory of the test's.
 */
public final class EmbeddedDefault {

    private EmbeddedDefault() {
    }

    public static ConfigurableApplicationContext start(Path workingDirectory) {
        Launch.prepare();
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0",
                "--tracker.embedded-postgres.port=0",
                "--tracker.embedded-postgres.data-directory=" + workingDirectory.resolve("data"));
    }

    public static int port(ConfigurableApplicationContext tracker) {
        return ((ServletWebServerApplicationContext) tracker).getWebServer().getPort();
    }
}
