package org.armscontrol.tracker.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The embedded demo (no {@code spring.datasource.url}) has users whose passwords are their names: it listens on
 * the loopback address only, {@code server.address=127.0.0.1}, unless the operator sets {@code server.address}
 * (e.g. {@code SERVER_ADDRESS=0.0.0.0}). With an external database nothing changes.
 */
class DemoListensOnLoopback implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "embedded demo: loopback only";
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        boolean embedded = url == null || url.isBlank();
        if (embedded && !environment.containsProperty("server.address")) {
            // Last in precedence: any setting of the operator's, wherever it comes from, wins.
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                    Map.of("server.address", LOOPBACK)));
        }
    }

    /** After Boot has read the configuration files (ConfigDataEnvironmentPostProcessor). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
