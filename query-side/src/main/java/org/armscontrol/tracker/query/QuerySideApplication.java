package org.armscontrol.tracker.query;

import org.armscontrol.tracker.platform.Launch;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side on its own: the read API on port 8082, following the PostgreSQL event store given by
 * {@code spring.datasource.*}. Its settings are in {@code query-side.yml}.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        Launch.prepare();
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }
}
