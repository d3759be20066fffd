package org.armscontrol.tracker.app;

import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.query.QuerySideApplication;
import org.armscontrol.tracker.platform.Launch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The whole tracker in one process: writes and reads on one port (8080). Without {@code spring.datasource.url}
 * it starts its own PostgreSQL ({@link EmbeddedPostgresConfiguration}); settings are in {@code application.yml}.
 */
@SpringBootApplication(scanBasePackages = {
        "org.armscontrol.tracker.app", "org.armscontrol.tracker.command", "org.armscontrol.tracker.query"})
@ComponentScan(
        basePackages = {"org.armscontrol.tracker.app", "org.armscontrol.tracker.command", "org.armscontrol.tracker.query"},
        // Each side's own launcher would otherwise be picked up as configuration of this one.
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class TrackerApplication {

    public static void main(String[] args) {
        Launch.prepare();
        SpringApplication.run(TrackerApplication.class, args);
    }
}
