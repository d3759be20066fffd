package org.armscontrol.tracker.command.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/** {@code POST /api/statements}, amendments and retraction, over HTTP, against PostgreSQL. */
class StatementsIT extends CommandSideIntegrationTest {

    static final String JANUARY_2008 = """
            {"country": "%s", "date": "2008-01-17",
             "forum": "First 2008 Session of the CCW GGE on Cluster Munitions", "location": "Geneva",
             "instruments": ["CCW", "CCW-P5"], "stance": "CONDITIONAL",
             "summary": "Humanitarian concerns can be met by full implementation of Protocol V.",
             "quote": "<b>full implementation</b>'; DROP TABLE event_store.events; --",
             "source": {"citation": "Statement of Belarus, CCW GGE, Geneva, 17 January 2008. Notes by WILPF."}}""";

    private String record(String country) {
        return asAlice().body(JANUARY_2008.formatted(country)).post("/api/statements")
                .then().statusCode(201)
                .body("statementId", matchesPattern("[0-9a-f-]{36}"))
                .body("version", equalTo(0))
                .extract().path("statementId");
    }

    @Test
    void a_statement_is_recorded_verbatim_with_its_source() {
        String id = record(freshCountry());
        String quote = jdbc.queryForObject("SELECT payload->'content'->>'quote' FROM event_store.event_log "
                + "WHERE aggregate_id = ?", String.class, id);
        assertThat(quote).as("markup and SQL are data, stored as sent")
                .isEqualTo("<b>full implementation</b>'; DROP TABLE event_store.events; --");
        assertThat(eventCount(id)).isEqualTo(1);
    }

    @Test
    void an_amendment_needs_a_reason_and_keeps_the_earlier_version() {
        String id = record(freshCountry());
        asAlice().body("{\"stance\": \"SUPPORTS\"}").post("/api/statements/{id}/amendments", id)
                .then().statusCode(400).body("field", equalTo("reason"));

        asAlice().body("{\"stance\": \"SUPPORTS\", \"quote\": null, \"reason\": \"Re-read against the official record\"}")
                .post("/api/statements/{id}/amendments", id)
                .then().statusCode(200).body("statementId", equalTo(id)).body("version", equalTo(1));

        assertThat(jdbc.queryForObject("SELECT payload->'changedFields' #>> '{}' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 1", String.class, id))
                .isEqualTo("[\"stance\", \"quote\"]");
        assertThat(jdbc.queryForObject("SELECT payload->'content'->>'stance' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 0", String.class, id)).isEqualTo("CONDITIONAL");
    }

    @Test
    void a_retracted_statement_takes_no_amendment_and_no_second_retraction() {
        String id = record(freshCountry());
        asAlice().body("{\"reason\": \"Misattributed in the notes\"}").post("/api/statements/{id}/retraction", id)
                .then().statusCode(200).body("version", equalTo(1));
        asAlice().body("{\"reason\": \"again\"}").post("/api/statements/{id}/retraction", id)
                .then().statusCode(409).body("rule", equalTo("STATEMENT_RETRACTED"));
        asAlice().body("{\"stance\": \"SUPPORTS\", \"reason\": \"late\"}").post("/api/statements/{id}/amendments", id)
                .then().statusCode(409).body("rule", equalTo("STATEMENT_RETRACTED"));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void an_unknown_statement_is_404_and_a_malformed_id_is_400() {
        asAlice().body("{\"stance\": \"SUPPORTS\", \"reason\": \"r\"}")
                .post("/api/statements/{id}/amendments", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        asAlice().body("{\"reason\": \"r\"}").post("/api/statements/{id}/retraction", "not-a-uuid")
                .then().statusCode(400).body("field", equalTo("statementId"));
    }

    @Test
    void bad_statement_fields_are_all_named() {
        asAlice().body("""
                {"country": "BLR", "date": "2008-01-17", "forum": "", "instruments": ["CCW", "XYZ", "CCW"],
                 "stance": "LIKES", "summary": "   ", "source": {"citation": "Notes", "url": "ftp://x"}}""")
                .post("/api/statements")
                .then().statusCode(400)
                .body("errors.field", hasItem("forum"))
                .body("errors.field", hasItem("instruments[1]"))
                .body("errors.field", hasItem("stance"))
                .body("errors.field", hasItem("summary"))
                .body("errors.field", hasItem("source.url"));
    }

    @Test
    void the_probable_duplicates_of_a_statement_are_found_before_it_is_recorded_and_nothing_is_written() {
        String country = freshCountry();
        String id = record(country);
        long events = eventCount(id);
        String retyped = JANUARY_2008.formatted(country)
                .replace("First 2008 Session of the CCW GGE on Cluster Munitions", "CCW GGE")
                .replace("\"instruments\": [\"CCW\", \"CCW-P5\"]", "\"instruments\": [\"CCM\"]")
                .replace("Humanitarian concerns", "  humanitarian   concerns");

        asAlice().body(retyped).post("/api/statements/probable-duplicates").then().statusCode(200)
                .body("probableDuplicates.statementId", org.hamcrest.Matchers.contains(id))
                .body("probableDuplicates[0].retracted", equalTo(false));
        asAlice().body(retyped.replace("2008-01-17", "2008-01-18")).post("/api/statements/probable-duplicates")
                .then().statusCode(200).body("probableDuplicates", org.hamcrest.Matchers.empty());
        asAlice().body("{\"country\": \"" + country + "\"}").post("/api/statements/probable-duplicates").then()
                .statusCode(400).body("errors.field", hasItem("date"));
        assertThat(eventCount(id)).isEqualTo(events);
    }
}
