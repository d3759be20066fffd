package org.armscontrol.tracker.app.audit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the tamper-evidence tests: the whole tracker on a random port, on a database of its own on a real
 * PostgreSQL. Events are written through the HTTP write API, tampered with by plain SQL (as someone with access to
 * the database would), and the log is verified through {@code GET /api/audit/verify}.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.demo-data.enabled=false")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
abstract class IntegrityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void pointRestAssuredAtTheApplication() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // Verifies and checkpoints as an auditor; writes as alice (see TestUsers).
        RestAssured.authentication = RestAssured.preemptive().basic("auditor", "auditor");
    }

    static RequestSpecification asAlice() {
        return RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic("alice", "alice");
    }

    static void treatyAction(String country, String instrument, String action, String date) {
        asAlice().body("""
                        {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s",
                         "source": {"citation": "UN Treaty Collection, status of %s"}}"""
                        .formatted(country, instrument, action, date, instrument))
                .post("/api/treaty-actions").then().statusCode(201);
    }

    /** A statement whose text needs escaping in JSON (quotes, markup, non-ASCII), under an Idempotency-Key. */
    static String statement(String country) {
        return asAlice().header("Idempotency-Key", "statement-" + country).body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE on Cluster Munitions",
                         "location": "Genève", "instruments": ["CCW", "CCW-P5"], "stance": "CONDITIONAL",
                         "summary": "Humanitarian concerns can be met by \\"full implementation\\" of Protocol V.",
                         "quote": "<b>full implementation</b>'; — Беларусь",
                         "source": {"citation": "Notes by WILPF", "url": "https://reachingcriticalwill.org"}}"""
                        .formatted(country))
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
    }

    static void amendStatement(String statementId, String summary) {
        asAlice().body("{\"summary\": \"" + summary + "\", \"reason\": \"Re-read the notes\"}")
                .post("/api/statements/{id}/amendments", statementId).then().statusCode(200);
    }

    static JsonPath verify() {
        return RestAssured.get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath takeCheckpoint() {
        return RestAssured.post("/api/audit/checkpoints").then().statusCode(201).extract().jsonPath();
    }

    long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class);
    }

    long streamCount() {
        return jdbc.queryForObject("SELECT count(DISTINCT aggregate_id) FROM event_store.events", Long.class);
    }

    /**
     * Runs SQL that the event store's triggers would refuse, as someone with direct access to PostgreSQL could
     * (the test database's user may switch the triggers off).
     */
    void tamper(String table, String sql, Object... arguments) {
        jdbc.execute("ALTER TABLE event_store." + table + " DISABLE TRIGGER USER");
        try {
            jdbc.update(sql, arguments);
        } finally {
            jdbc.execute("ALTER TABLE event_store." + table + " ENABLE TRIGGER USER");
        }
    }
}
