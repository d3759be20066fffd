package org.armscontrol.tracker.app.audit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Verification of the event log after each kind of tampering. Each test has a database of its own (verification
 * reports the first break only, so one test's tampering must not hide another's: the context, and with it the
 * database, is closed after each test), with the same small log written
 * through the API: a participation (signed, ratified, corrected), a statement (recorded, amended twice) and a
 * stockpile declaration.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "tracker.audit.checkpoint-interval=0")
class EventLogIntegrityIT extends IntegrityIntegrationTest {

    private static final String PARTICIPATION = "LTU:CCM";
    private static final String STOCKPILE = "UKR:RBK-500";
    private static final String ZEROS = "0".repeat(64);

    private String statementId;

    @BeforeEach
    void writeALog() {
        treatyAction("LTU", "CCM", "SIGNED", "2008-12-03");
        treatyAction("LTU", "CCM", "RATIFIED", "2011-03-25");
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2011-03-24", "reason": "Typo in the deposit date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/LTU/CCM/corrections").then().statusCode(200);
        statementId = statement("BLR");
        amendStatement(statementId, "First re-reading");
        amendStatement(statementId, "Second re-reading");
        asAlice().body("""
                        {"country": "UKR", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": 160,
                         "status": "IN_SERVICE", "origin": "inherited from the USSR", "date": "2004-01-01",
                         "datePrecision": "YEAR", "source": {"citation": "Jane's Air-Launched Weapons"}}""")
                .post("/api/stockpile-declarations").then().statusCode(201);
    }

    @Test
    void an_untouched_log_verifies_and_every_event_is_chained_to_the_one_before() {
        assertThat(eventCount()).isEqualTo(7);

        JsonPath verification = verify();

        assertThat(verification.getBoolean("verified")).isTrue();
        assertThat(verification.getLong("events")).isEqualTo(7);
        assertThat(verification.getLong("streams")).isEqualTo(3);
        assertThat(verification.getLong("checkpoints")).isZero();
        assertThat(verification.getMap("$")).doesNotContainKey("break");
        List<Map<String, Object>> chain = jdbc.queryForList("""
                SELECT sequence_number, metadata->>'previousHash' AS previous, metadata->>'hash' AS hash
                FROM event_store.event_log WHERE aggregate_id = ? ORDER BY sequence_number""", statementId);
        assertThat(chain).hasSize(3);
        assertThat(chain.get(0).get("previous")).isEqualTo(ZEROS);
        assertThat(chain.get(1).get("previous")).isEqualTo(chain.get(0).get("hash"));
        assertThat(chain.get(2).get("previous")).isEqualTo(chain.get(1).get("hash"));
        assertThat(chain).extracting(link -> (String) link.get("hash")).allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void checkpoints_are_chained_record_what_changed_and_count_in_the_verification() {
        JsonPath first = takeCheckpoint();
        assertThat(first.getLong("id")).isEqualTo(1);
        assertThat(first.getLong("events")).isEqualTo(7);
        assertThat(first.getLong("streams")).isEqualTo(3);
        assertThat(first.getString("previousCheckpointHash")).isEqualTo(ZEROS);
        assertThat(first.getString("checkpointHash")).matches("[0-9a-f]{64}");
        RestAssured.get("/api/audit/checkpoints/1").then().statusCode(200)
                .body("checkpointHash", equalTo(first.getString("checkpointHash")))
                .body("takenAt", equalTo(first.getString("takenAt")));

        amendStatement(statementId, "Third re-reading");
        JsonPath second = RestAssured.post("/api/audit/checkpoints").then().statusCode(201)
                .header("Location", "/api/audit/checkpoints/2").extract().jsonPath();

        assertThat(second.getString("previousCheckpointHash")).isEqualTo(first.getString("checkpointHash"));
        assertThat(jdbc.queryForList("SELECT aggregate_id || '@' || last_sequence FROM "
                + "event_store.integrity_checkpoint_heads WHERE checkpoint_id = ? ORDER BY aggregate_id", String.class, 2L))
                .as("the second checkpoint records only the stream that changed").containsExactly(statementId + "@3");
        JsonPath verification = verify();
        assertThat(verification.getBoolean("verified")).isTrue();
        assertThat(verification.getLong("events")).isEqualTo(8);
        assertThat(verification.getLong("checkpoints")).isEqualTo(2);
        RestAssured.get("/api/audit/checkpoints/3").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:not-found"));
    }

    @Test
    void an_edited_payload_is_a_hash_mismatch_naming_the_event() {
        long globalIndex = globalIndexOf(PARTICIPATION, 1);
        tamper("events", """
                UPDATE event_store.events
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '2011-03-25', '2011-02-25'), 'UTF8')
                WHERE aggregate_id = ? AND sequence_number = 1""", PARTICIPATION);

        JsonPath verification = verify();

        assertThat(verification.getBoolean("verified")).isFalse();
        assertThat(verification.getString("break.problem")).isEqualTo("HASH_MISMATCH");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(PARTICIPATION);
        assertThat(verification.getLong("break.sequenceNumber")).isEqualTo(1);
        assertThat(verification.getLong("break.globalIndex")).isEqualTo(globalIndex);
        assertThat(verification.getString("break.detail")).contains(PARTICIPATION, "edited");
        assertThat(verification.getLong("events")).as("the events checked before the break")
                .isEqualTo(eventsOrderedBefore(PARTICIPATION, 1));
        assertThat(verification.getMap("$")).doesNotContainKeys("streams", "checkpoints");
    }

    @Test
    void an_edited_metadata_entry_or_recorded_instant_is_a_hash_mismatch_too() {
        tamper("events", """
                UPDATE event_store.events SET recorded_at = recorded_at - interval '1 day'
                WHERE aggregate_id = ? AND sequence_number = 0""", STOCKPILE);

        JsonPath verification = verify();

        assertThat(verification.getString("break.problem")).isEqualTo("HASH_MISMATCH");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(STOCKPILE);
        assertThat(verification.getLong("break.sequenceNumber")).isZero();
    }

    @Test
    void a_deleted_middle_event_is_a_sequence_gap_naming_it() {
        tamper("events", "DELETE FROM event_store.events WHERE aggregate_id = ? AND sequence_number = 1", statementId);

        JsonPath verification = verify();

        assertThat(verification.getBoolean("verified")).isFalse();
        assertThat(verification.getString("break.problem")).isEqualTo("SEQUENCE_GAP");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(statementId);
        assertThat(verification.getLong("break.sequenceNumber")).isEqualTo(1);
        assertThat(verification.getString("break.detail")).contains("Event 1 of " + statementId + " is missing");
    }

    @Test
    void a_stream_deleted_whole_after_a_checkpoint_is_missing() {
        assertThat(verify().getBoolean("verified")).as("without a checkpoint nothing shows a stream is gone").isTrue();
        takeCheckpoint();
        tamper("events", "DELETE FROM event_store.events WHERE aggregate_id = ?", STOCKPILE);

        JsonPath verification = verify();

        assertThat(verification.getBoolean("verified")).isFalse();
        assertThat(verification.getString("break.problem")).isEqualTo("STREAM_MISSING");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(STOCKPILE);
        assertThat(verification.getLong("break.sequenceNumber")).isZero();
        assertThat(verification.getLong("events")).as("every event left is intact").isEqualTo(6);
    }

    @Test
    void a_stream_cut_short_after_a_checkpoint_is_truncated() {
        takeCheckpoint();
        tamper("events", "DELETE FROM event_store.events WHERE aggregate_id = ? AND sequence_number = 2", statementId);

        JsonPath verification = verify();

        assertThat(verification.getString("break.problem")).isEqualTo("STREAM_TRUNCATED");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(statementId);
        assertThat(verification.getLong("break.sequenceNumber")).isEqualTo(2);
    }

    @Test
    void deleting_a_stream_and_the_heads_that_recorded_it_breaks_the_checkpoint() {
        takeCheckpoint();
        tamper("events", "DELETE FROM event_store.events WHERE aggregate_id = ?", STOCKPILE);
        tamper("integrity_checkpoint_heads",
                "DELETE FROM event_store.integrity_checkpoint_heads WHERE aggregate_id = ?", STOCKPILE);

        JsonPath verification = verify();

        assertThat(verification.getString("break.problem")).isEqualTo("CHECKPOINT_BROKEN");
        assertThat(verification.getString("break.detail")).contains("Checkpoint 1");
    }

    @Test
    void checkpoints_cannot_be_changed_through_sql_without_switching_the_triggers_off() {
        takeCheckpoint();
        assertThatThrownBy(() -> jdbc.update("UPDATE event_store.integrity_checkpoints SET events = 0"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_store.integrity_checkpoint_heads"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(verify().getBoolean("verified")).isTrue();
    }

    /**
     * What the append-only trigger does not promise (README, security): a superuser who sets
     * {@code session_replication_role = replica} edits past it. The edit is found afterwards, not prevented.
     */
    @Test
    void a_superuser_in_replica_mode_edits_past_the_trigger_and_verification_finds_it() {
        int edited = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                try {
                    return statement.executeUpdate("UPDATE event_store.events SET payload = convert_to(replace("
                            + "convert_from(payload, 'UTF8'), '2011-03-25', '2011-02-25'), 'UTF8') "
                            + "WHERE aggregate_id = '" + PARTICIPATION + "' AND sequence_number = 1");
                } finally {
                    statement.execute("RESET session_replication_role");
                }
            }
        });
        assertThat(edited).as("the trigger did not fire").isEqualTo(1);

        JsonPath verification = verify();

        assertThat(verification.getBoolean("verified")).isFalse();
        assertThat(verification.getString("break.problem")).isEqualTo("HASH_MISMATCH");
        assertThat(verification.getString("break.aggregateId")).isEqualTo(PARTICIPATION);
    }

    private long globalIndexOf(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT global_index FROM event_store.events WHERE aggregate_id = ? "
                + "AND sequence_number = ?", Long.class, aggregateId, sequenceNumber);
    }

    /** How many events come before this one in the order verification reads them. */
    private long eventsOrderedBefore(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.events "
                + "WHERE (aggregate_id, sequence_number) < (?, ?)", Long.class, aggregateId, sequenceNumber);
    }
}
