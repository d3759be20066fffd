package org.armscontrol.tracker.app;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.query.QuerySideApplication;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.armscontrol.tracker.testsupport.Applications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The two sides as separate applications on one PostgreSQL, as in production: a write to the command side shows
 * up in the reads of the query side, which follows the event store on its own.
 */
class SidesApartIT {

    private static TestDatabase database;
    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void startBothSides() {
        database = TestDatabase.create();
        commandSide = start(CommandSideApplication.class, "command-side");
        querySide = start(QuerySideApplication.class, "query-side");
    }

    @AfterAll
    static void stopBothSides() {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_write_on_the_command_side_is_read_on_the_query_side() {
        RestAssured.given().port(port(commandSide)).contentType(ContentType.JSON).auth().preemptive()
                .basic("entry", "entry")
                .body("""
                        {"country": "BLR", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                         "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/treaty-actions").then().statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RestAssured.given().port(port(querySide)).auth().preemptive().basic("analyst", "analyst")
                        .get("/api/countries/BLR/position?asOf=2008-10-01").then()
                        .statusCode(200)
                        .body("instruments[0].instrument", equalTo("CCW-P5"))
                        .body("instruments[0].status", equalTo("PARTY")));
        // Each side serves its own half of the API.
        RestAssured.given().port(port(querySide)).auth().preemptive().basic("entry", "entry")
                .contentType(ContentType.JSON).body("{}").post("/api/treaty-actions").then().statusCode(404);
        RestAssured.given().port(port(commandSide)).auth().preemptive().basic("analyst", "analyst")
                .get("/api/countries/BLR/history").then().statusCode(404);
    }

    @Test
    void each_side_answers_its_probes_and_exports_its_metrics_as_the_deployment_scrapes_them() {
        RestAssured.given().port(port(querySide)).auth().preemptive().basic("admin", "admin")
                .get("/actuator/health/readiness").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("components.readModels.status", equalTo("UP"));
        for (ConfigurableApplicationContext side : new ConfigurableApplicationContext[]{commandSide, querySide}) {
            RestAssured.given().port(port(side)).get("/actuator/health/readiness").then()
                    .statusCode(200).body("status", equalTo("UP"));
            RestAssured.given().port(port(side)).get("/actuator/health/liveness").then()
                    .statusCode(200).body("status", equalTo("UP"));
        }
        RestAssured.given().port(port(querySide)).auth().preemptive().basic("admin", "admin")
                .get("/actuator/prometheus").then()
                .statusCode(200)
                .body(containsString("tracker_read_models_lag_events{processor=\"read-models\"}"))
                .body(containsString("eventProcessor_latency{processorName=\"read-models\"}"));
        // Axon's command bus metrics, once a command has gone through it.
        RestAssured.given().port(port(commandSide)).contentType(ContentType.JSON).auth().preemptive()
                .basic("entry", "entry")
                .body("""
                        {"country": "NOR", "instrument": "CCW", "action": "SIGNED", "date": "1981-04-10",
                         "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/treaty-actions").then().statusCode(201);
        RestAssured.given().port(port(commandSide)).auth().preemptive().basic("admin", "admin")
                .get("/actuator/prometheus").then()
                .statusCode(200)
                .body(containsString("commandBus_successCounter_total{"));
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName) {
        return Applications.start(application, configName, database.jdbcUrl(), database.username(),
                database.password());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Applications.port(context);
    }
}
