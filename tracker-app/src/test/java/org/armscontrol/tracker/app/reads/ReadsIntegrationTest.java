package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.FreshCountries;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Base of the read tests: the whole tracker (both sides) on a random port over real HTTP, on a database of its own
 * on a real PostgreSQL. Facts are written through the write API and read back once the read models have caught
 * up; each test works on countries no other test uses ({@link #freshCountry()}).
 */
// Reads as known at an instant 2 s old may be final (ReadCachingIT), not only after a minute.
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=false", "tracker.reads.settle-time=PT2S"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
// Metrics are exported as in production (tests turn the export off otherwise): /actuator/prometheus answers.
@AutoConfigureObservability(tracing = false)
abstract class ReadsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void pointRestAssuredAtTheApplication() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // Reads as admin (who may read, audit and rebuild) unless a test says otherwise; writes as alice.
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "admin");
    }

    static String freshCountry() {
        return FreshCountries.next();
    }

    static RequestSpecification asAlice() {
        return as("alice");
    }

    /** A JSON request signed in as {@code user} (one of the {@code TestUsers}). */
    static RequestSpecification as(String user) {
        return RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic(user, user);
    }

    static ValidatableResponse treatyAction(String country, String instrument, String action, String date) {
        return treatyAction(country, instrument, action, date, null);
    }

    static ValidatableResponse treatyAction(String country, String instrument, String action, String date,
                                            String effectiveDate) {
        return asAlice().body("""
                        {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s", %s
                         "source": {"citation": "UN Treaty Collection, status of %s"}}"""
                        .formatted(country, instrument, action, date,
                                effectiveDate == null ? "" : "\"effectiveDate\": \"" + effectiveDate + "\",",
                                instrument))
                .post("/api/treaty-actions").then().statusCode(201);
    }

    /**
     * Records, for a fresh country, a history with every kind of change: a corrected ratification, amended and
     * retracted statements, a stockpile with a destruction and a revision.
     *
     * @return the country
     */
    static String recordHistoryWithEveryKindOfChange() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2010-06-10", "reason": "Typo in the deposit date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);
        treatyAction(country, "NSG", "JOINED", "2000-01-01");
        for (int i = 1; i <= 3; i++) {
            String id = HistoryIT.statement(country, "2008-0" + i + "-17", "Statement number " + i);
            asAlice().body("{\"stance\": \"OPPOSES\", \"reason\": \"Re-read\"}")
                    .post("/api/statements/{id}/amendments", id).then().statusCode(200);
            if (i == 2) {
                asAlice().body("{\"reason\": \"Misattributed\"}")
                        .post("/api/statements/{id}/retraction", id).then().statusCode(200);
            }
        }
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": 50,
                         "status": "IN_SERVICE", "date": "2004-01-01", "datePrecision": "YEAR",
                         "source": {"citation": "Jane's"}}""".formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);
        asAlice().body("{\"quantityDestroyed\": 10, \"date\": \"2012-01-01\", \"source\": {\"citation\": \"Report\"}}")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then().statusCode(200);
        asAlice().body("{\"origin\": \"inherited from the USSR\", \"reason\": \"Origin given by the MFA\"}")
                .post("/api/stockpiles/{c}/RBK-500/revisions", country).then().statusCode(200);
        return country;
    }

    /** The JSON path of a country among an instrument's participants. */
    static String participant(String country) {
        return "participants.find { it.country == '" + country + "' }";
    }

    /** Waits until a read, asked again and again, passes its checks (the read models follow the writes). */
    static void eventually(String path, Consumer<ValidatableResponse> checks) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                checks.accept(RestAssured.get(path).then()));
    }

    /** Waits until the read models have handled every event in the store. */
    void awaitReadModelsCaughtUp() {
        ReadModelsCaughtUp.await(RestAssured::given, Duration.ofSeconds(30));
    }
}
