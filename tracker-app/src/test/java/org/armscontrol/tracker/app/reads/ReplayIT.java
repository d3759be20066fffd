package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/admin/projections/replay: a rebuild from the event store gives the read models built live. */
class ReplayIT extends ReadsIntegrationTest {

    /** Every read-model table, each ordered by its key, so that two dumps compare row by row. */
    private static final Map<String, String> TABLES = Map.of(
            "treaty_actions", "participation_id, sequence_number, version_sequence",
            "treaty_action_corrections", "participation_id, sequence_number",
            "statements", "statement_id, version",
            "stockpile_declarations", "stockpile_id, sequence_number, version_sequence",
            "stockpile_destructions", "stockpile_id, sequence_number",
            "stockpile_revisions", "stockpile_id, sequence_number");

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_full_replay_rebuilds_exactly_the_read_models_built_live() {
        recordHistoryWithEveryKindOfChange();
        awaitReadModelsCaughtUp();
        Map<String, List<String>> live = dumpReadModels();
        assertThat(live.get("treaty_action_corrections")).isNotEmpty();
        assertThat(live.get("statements")).anyMatch(row -> row.contains("\"AMENDED\""))
                .anyMatch(row -> row.contains("\"RETRACTED\""));
        assertThat(live.get("stockpile_revisions")).isNotEmpty();

        RestAssured.post("/api/admin/projections/replay").then()
                .statusCode(202)
                .header("Location", "/api/admin/projections")
                .body("processors[0].name", equalTo(QuerySideConfiguration.READ_MODELS));
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
            RestAssured.get("/api/countries/{c}/history", country).then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:position-tracker:problem:read-models-rebuilding"))
                    .body("replayProgress", equalTo(0.0f));
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
        RestAssured.get("/api/countries/{c}/history", country).then()
                .statusCode(200)
                .body("entries[0].details.action", equalTo("SIGNED"));
    }

    private void recordHistoryWithEveryKindOfChange() {
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
    }

    /** Each table's rows as JSON text, in key order. */
    private Map<String, List<String>> dumpReadModels() {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        TABLES.forEach((table, key) -> dump.put(table, jdbc.queryForList(
                "SELECT to_jsonb(t)::text FROM read_model." + table + " t ORDER BY " + key, String.class)));
        return dump;
    }
}
