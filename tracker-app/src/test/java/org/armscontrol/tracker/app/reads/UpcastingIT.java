package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Events stored in an older shape (a statement's speaker as one string, revision 1), written here as raw rows the
 * way an older version stored them, are read through the upcaster: the read models rebuild from them, and the
 * record loads and takes new changes.
 */
class UpcastingIT extends ReadsIntegrationTest {

    @Test
    void statements_stored_with_a_plain_speaker_rebuild_and_amend() {
        String country = freshCountry();
        String id = UUID.randomUUID().toString();
        String payload = """
                {"content": {"date": {"date": "2008-10-29", "precision": "DAY"}, "forum": "SCAF interview",
                 "instruments": ["CCM"], "location": "Minsk", "quote": null,
                 "source": {"citation": "CMC report", "url": null}, "speaker": "Ivan Grinevich, Counselor",
                 "stance": "UNCLEAR", "summary": "Shares the humanitarian concerns."}, "country": "%s",
                 "recordedBy": "legacy-import", "statementId": "%s"}""".formatted(country, id);
        jdbc.update("""
                        INSERT INTO event_store.events (event_id, aggregate_type, aggregate_id, sequence_number,
                            recorded_at, payload_type, payload_revision, payload, metadata)
                        VALUES (?, 'Statement', ?, 0, now(), ?, '1', ?, ?)""",
                UUID.randomUUID().toString(), id, "org.armscontrol.tracker.shared.statement.StatementRecorded",
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"recordedBy\": \"legacy-import\"}".getBytes(StandardCharsets.UTF_8));

        RestAssured.post("/api/admin/projections/replay").then().statusCode(202);
        awaitReadModelsCaughtUp();
        RestAssured.get("/api/countries/{c}/history", country).then()
                .statusCode(200)
                .body("entries[0].id", equalTo(id))
                .body("entries[0].details.speaker", equalTo("Ivan Grinevich, Counselor"))
                .body("entries[0].details.speakerRole", nullValue())
                .body("entries[0].recordedBy", equalTo("legacy-import"));

        asAlice().body("""
                        {"speaker": "Ivan Grinevich", "speakerRole": "Counselor, Ministry of Foreign Affairs",
                         "reason": "Name and role separated"}""")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200).body("version", equalTo(1));
        eventually("/api/countries/" + country + "/history", history -> history
                .body("entries[0].details.speaker", equalTo("Ivan Grinevich"))
                .body("entries[0].details.speakerRole", equalTo("Counselor, Ministry of Foreign Affairs"))
                .body("entries[0].changes[0].changedFields", org.hamcrest.Matchers.contains("speaker")));
    }
}
