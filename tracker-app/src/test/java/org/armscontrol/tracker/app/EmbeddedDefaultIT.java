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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;

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
            // The embedded demo's users (README): entry/entry records, analyst/analyst reads.
            RestAssured.authentication = RestAssured.preemptive().basic("analyst", "analyst");
            eventsAfterFirstStart = events(first);
            assertThat(eventsAfterFirstStart).as("the demo data set").isEqualTo(19);

            RestAssured.get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
            RestAssured.get("/v3/api-docs").then().statusCode(200);
            RestAssured.get("/api/instruments").then().statusCode(200).body("id", hasItem("CCW-P5"));
            RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic("entry", "entry").body("""
                            {"country": "BLR", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                             "source": {"citation": "Cluster Munition Monitor"}}""")
                    .post("/api/treaty-actions")
                    .then().statusCode(409).body("rule", equalTo("ALREADY_PARTY"));

            // The demo data reads back: Belarus's position and its three CCW statements of 2007-2008.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> RestAssured
                    .get("/api/countries/BLR/position?asOf=2008-12-31").then().statusCode(200)
                    .body("instruments.find { it.instrument == 'CCW-P5' }.status", equalTo("PARTY"))
                    .body("instruments.find { it.instrument == 'CCW-P5' }.since", equalTo("2008-09-29"))
                    .body("instruments.find { it.instrument == 'NSG' }.status", equalTo("MEMBER"))
                    .body("stockpiles.weaponSystem", hasItem("RBK-500")));
            RestAssured.get("/api/statements?country=BLR&instrument=CCW&from=2007-01-01&to=2008-12-31").then()
                    .statusCode(200)
                    .body("statements.date", hasItems("2007-11-07", "2008-01-17", "2008-04-08"));
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(events(second)).as("kept, and the demo data not loaded twice").isEqualTo(eventsAfterFirstStart);
        }
    }
}
