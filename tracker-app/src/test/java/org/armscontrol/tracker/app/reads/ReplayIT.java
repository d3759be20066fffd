package org.armscontrol.tracker.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.armscontrol.tracker.app.ReadModelDump;
import org.armscontrol.tracker.app.StructuredLogLines;
import org.armscontrol.tracker.query.admin.ReadModelProcessor;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/admin/projections/replay: a rebuild from the event store gives the read models built live. */
class ReplayIT extends ReadsIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_full_replay_rebuilds_exactly_the_read_models_built_live() throws Exception {
        String country = recordHistoryWithEveryKindOfChange();
        String reservation = asAlice().body("""
                        {"kind": "RESERVATION", "text": "Article 2 does not apply", "date": "2011-01-01",
                         "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{c}/CCM/reservations", country).then().statusCode(201)
                .extract().path("reservationId");
        asAlice().body("{\"date\": \"2012-01-01\", \"reason\": \"Withdrawn\", \"source\": {\"citation\": \"UNTC\"}}")
                .post("/api/participations/{c}/CCM/reservations/{r}/withdrawal", country, reservation).then()
                .statusCode(200);
        // Voids: a second reservation, a vote and a second stockpile, each recorded and then voided.
        String void_ = "{\"reason\": \"Recorded in error\", \"source\": {\"citation\": \"UNTC\"}}";
        String voided = asAlice().body("""
                        {"kind": "DECLARATION", "text": "Recorded in error", "date": "2011-01-01",
                         "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{c}/CCM/reservations", country).then().statusCode(201)
                .extract().path("reservationId");
        asAlice().body(void_).post("/api/participations/{c}/CCM/reservations/{r}/voids", country, voided).then()
                .statusCode(200);
        VotesIT.vote(country, "A/RES/79/56", "2024-12-02", "ABSTAIN").statusCode(201);
        asAlice().body(void_).post("/api/votes/{id}/voids", country + ":A_RES_79_56").then().statusCode(200);
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "KMG-U", "category": "CLUSTER_MUNITION",
                         "status": "IN_SERVICE", "date": "2004-01-01", "source": {"citation": "Jane's"}}"""
                        .formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);
        asAlice().body(void_).post("/api/stockpiles/{c}/KMG-U/voids", country).then().statusCode(200);
        awaitReadModelsCaughtUp();
        Map<String, List<String>> live = dumpReadModels();
        assertThat(live.get("reservation_voids")).isNotEmpty();
        assertThat(live.get("votes")).anyMatch(row -> row.contains("A/RES/79/56") && !row.contains("\"known_until\": null"));
        assertThat(live.get("reservation_withdrawals")).isNotEmpty();
        assertThat(live.get("treaty_action_corrections")).isNotEmpty();
        assertThat(live.get("statements")).anyMatch(row -> row.contains("\"AMENDED\""))
                .anyMatch(row -> row.contains("\"RETRACTED\""));
        assertThat(live.get("stockpile_revisions")).isNotEmpty();

        try (StructuredLogLines log = StructuredLogLines.ecs(ReadModelProcessor.class)) {
            RestAssured.given().header("X-Correlation-Id", "replay-asked-by-ops-1")
                    .post("/api/admin/projections/replay").then()
                    .statusCode(202)
                    .header("Location", "/api/admin/projections")
                    .body("processors[0].name", equalTo(QuerySideConfiguration.READ_MODELS));
            // The request's log line, as the deployment writes it (ECS JSON), names the request's correlation id.
            JsonNode line = new ObjectMapper().readTree(log.lines().stream()
                    .filter(l -> l.contains("Rebuilding the read models")).findFirst().orElseThrow());
            assertThat(line.path("correlationId").asText()).isEqualTo("replay-asked-by-ops-1");
            assertThat(line.path("message").asText()).startsWith("Rebuilding the read models");
        }
        awaitReadModelsCaughtUp();

        assertThat(dumpReadModels()).isEqualTo(live);
    }

    @Test
    void while_the_read_models_are_rebuilt_reads_say_so_instead_of_answering_from_half_a_model() throws Exception {
        String country = freshCountry();
        treatyAction(country, "CCW", "SIGNED", "1981-04-10");
        awaitReadModelsCaughtUp();
        StreamingEventProcessor processor = processing
                .eventProcessor(QuerySideConfiguration.READ_MODELS, StreamingEventProcessor.class).orElseThrow();

        // Hold the rebuild at its very start: tokens reset, nothing replayed yet.
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        processor.resetTokens();
        try {
            // Not ready (a load balancer sends reads elsewhere), yet alive (an orchestrator does not restart it).
            RestAssured.given().auth().none().get("/actuator/health/readiness").then()
                    .statusCode(503)
                    .body("status", equalTo("OUT_OF_SERVICE"));
            RestAssured.get("/actuator/health/readiness").then()
                    .statusCode(503)
                    .body("components.readModels.status", equalTo("OUT_OF_SERVICE"))
                    .body("components.readModels.details.rebuilding", equalTo(true))
                    .body("components.readModels.details.replayProgress", equalTo(0.0f));
            RestAssured.given().auth().none().get("/actuator/health/liveness").then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
            RestAssured.get("/actuator/prometheus").then()
                    .statusCode(200)
                    .body(containsString("tracker_read_models_rebuilding{processor=\"" + QuerySideConfiguration.READ_MODELS + "\"} 1"));
            RestAssured.get("/api/countries/{c}/history", country).then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:position-tracker:problem:read-models-rebuilding"))
                    .body("replayProgress", equalTo(0.0f));
            for (String read : List.of("/api/countries/" + country + "/history?format=csv",
                    "/api/countries/" + country + "/status-timeline", "/api/instruments/CCW/participants/timeline")) {
                RestAssured.get(read).then().statusCode(503)
                        .body("type", equalTo("urn:position-tracker:problem:read-models-rebuilding"));
            }
            RestAssured.get("/api/admin/projections").then()
                    .statusCode(200)
                    .body("processors[0].replaying", equalTo(true))
                    .body("processors[0].running", equalTo(false));
            RestAssured.post("/api/admin/projections/replay").then()
                    .statusCode(409)
                    .body("type", equalTo("urn:position-tracker:problem:replay-not-possible"));
        } finally {
            processor.start();
        }

        awaitReadModelsCaughtUp();
        RestAssured.given().auth().none().get("/actuator/health/readiness").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        RestAssured.get("/api/countries/{c}/history", country).then()
                .statusCode(200)
                .body("entries[0].details.action", equalTo("SIGNED"));
    }

    private Map<String, List<String>> dumpReadModels() {
        return ReadModelDump.of(jdbc);
    }
}
