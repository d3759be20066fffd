package org.armscontrol.tracker.testsupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Starts one more instance of an application of the tracker, as a separate Spring context in the test's JVM: on a
 * random port, on the given database, with the {@link TestUsers}. For tests of several instances or both sides.
 */
public final class Applications {

    private Applications() {
    }

    /**
     * @param configName the application's configuration file name ({@code command-side}, {@code query-side}), or
     *                   null for the default {@code application}
     * @param arguments  more command-line arguments ({@code --property=value})
     */
    public static ConfigurableApplicationContext start(Class<?> application, String configName, String databaseUrl,
                                                       String username, String password, String... arguments) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (configName != null) {
            builder.properties("spring.config.name=" + configName);
        }
        return builder.run(Stream.concat(Stream.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + username, "--spring.datasource.password=" + password),
                Stream.concat(Arrays.stream(TestUsers.arguments()), Arrays.stream(arguments))).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("the application has no web server running");
        }
        return port;
    }
}
