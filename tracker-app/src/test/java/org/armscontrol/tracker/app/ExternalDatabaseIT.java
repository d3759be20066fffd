package org.armscontrol.tracker.app;

import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** With spring.datasource.url set, the tracker uses that PostgreSQL and starts none of its own. */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.demo-data.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ExternalDatabaseIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void an_external_database_replaces_the_embedded_one() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        RestAssured.port = port;
        RestAssured.given().auth().none().get("/actuator/health").then().statusCode(200)
                .body("status", equalTo("UP"));
        // Demo users exist only with the embedded database.
        RestAssured.given().auth().preemptive().basic("entry", "entry").get("/api/instruments").then()
                .statusCode(401);
    }
}
