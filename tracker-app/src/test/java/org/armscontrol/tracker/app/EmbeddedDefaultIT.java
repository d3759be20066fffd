package org.armscontrol.tracker.app;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.platform.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What a new user gets from the README's run command: the tracker on its own embedded PostgreSQL, the Belarus
 * demo data loaded, the data still there (and not loaded twice) after a restart.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path workingDirectory;

    private ConfigurableApplicationContext start() {
        Launch.prepare();
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0",
                "--tracker.embedded-postgres.port=0",
                "--tracker.embedded-postgres.data-directory=" + workingDirectory.resolve("data"));
    }

    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM event_store.events", Long.class);
    }

    @Test
    void the_embedded_default_starts_with_the_demo_data_and_keeps_it_across_restarts() {
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            RestAssured.port = ((ServletWebServerApplicationContext) first).getWebServer().getPort();
            eventsAfterFirstStart = events(first);
            assertThat(eventsAfterFirstStart).as("the demo data set").isEqualTo(19);

            RestAssured.get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
            RestAssured.get("/v3/api-docs").then().statusCode(200);
            RestAssured.get("/api/instruments").then().statusCode(200).body("id", hasItem("CCW-P5"));
            RestAssured.given().contentType(ContentType.JSON).body("""
                            {"country": "BLR", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                             "source": {"citation": "Cluster Munition Monitor"}}""")
                    .post("/api/treaty-actions")
                    .then().statusCode(409).body("rule", equalTo("ALREADY_PARTY"));
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(events(second)).as("kept, and the demo data not loaded twice").isEqualTo(eventsAfterFirstStart);
        }
    }
}
