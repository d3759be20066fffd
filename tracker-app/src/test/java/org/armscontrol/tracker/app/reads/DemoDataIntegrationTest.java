package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Base of the read tests on the Belarus demo data (without the depositary's tables): the whole tracker over real HTTP
 * on a database of its own. The same configuration as the browser test's, so that one application serves them all.
 * Reads as the analyst; waits until the demo data is in the read models.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=true", "tracker.reference-data.enabled=false"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
abstract class DemoDataIntegrationTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void awaitTheDemoDataInTheReadModels() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.authentication = RestAssured.preemptive().basic("analyst", "analyst");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> RestAssured.get("/api/countries/BLR/history")
                .then().statusCode(200).body("entries.size()", equalTo(19)));
    }
}
