package org.armscontrol.tracker.command;

import org.armscontrol.tracker.platform.Launch;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side on its own: the write API on port 8081, against the PostgreSQL event store given by
 * {@code spring.datasource.*}. Its settings are in {@code command-side.yml}.
 */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        Launch.prepare();
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
