package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/audit/records/{recordId}/lineage: every version of a record with a field-by-field diff. */
class LineageIT extends ReadsIntegrationTest {

    @Test
    void a_statement_shows_each_amendment_as_the_fields_it_changed_who_when_and_why() {
        String id = HistoryIT.statement(freshCountry(), "2008-04-08", "Instruments are not universal.");
        as("bob").body("""
                        {"stance": "OPPOSES", "location": null, "reason": "Re-read against the full text"}""")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        asAlice().body("{\"reason\": \"Misattributed\", \"source\": {\"citation\": \"Corrigendum\"}}")
                .post("/api/statements/{id}/retraction", id).then().statusCode(200);

        RestAssured.get("/api/audit/records/{id}/lineage", id).then()
                .statusCode(200)
                .body("recordId", equalTo(id))
                .body("recordType", equalTo("Statement"))
                .body("versions.eventType", contains("StatementRecorded", "StatementAmended", "StatementRetracted"))
                .body("versions[0].changes.field", hasItem("summary"))
                .body("versions[1].changes", hasSize(2))
                .body("versions[1].changes.find { it.field == 'stance' }.before", equalTo("CONDITIONAL"))
                .body("versions[1].changes.find { it.field == 'stance' }.after", equalTo("OPPOSES"))
                .body("versions[1].changes.find { it.field == 'location' }.before", equalTo("Geneva"))
                .body("versions[1].changes.find { it.field == 'location' }.after", nullValue())
                .body("versions[1].reason", equalTo("Re-read against the full text"))
                .body("versions[1].recordedAt", org.hamcrest.Matchers.notNullValue())
                .body("versions[2].changes.field", contains("retracted"))
                .body("versions[2].reason", equalTo("Misattributed"))
                .body("versions[2].source.citation", equalTo("Corrigendum"));
    }

    @Test
    void a_participation_shows_a_correction_as_a_change_of_the_action_dates() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2010-06-10", "reason": "Typo",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);

        RestAssured.get("/api/audit/records/{id}/lineage", country + ":CCM").then()
                .statusCode(200)
                .body("recordType", equalTo("TreatyParticipation"))
                .body("versions.eventType", contains("TreatySigned", "TreatyRatified", "TreatyActionCorrected"))
                .body("versions[1].changes.find { it.field == 'status' }.before", equalTo("SIGNATORY"))
                .body("versions[1].changes.find { it.field == 'status' }.after", equalTo("PARTY"))
                .body("versions[2].changes.field", contains("actions.1.date.date", "actions.1.effectiveDate.date"))
                .body("versions[2].changes[0].before", equalTo("2010-05-10"))
                .body("versions[2].changes[0].after", equalTo("2010-06-10"))
                .body("versions[2].reason", equalTo("Typo"))
                .body("versions[2].recordedBy", equalTo("alice"));
    }

    @Test
    void an_unknown_record_is_not_found() {
        RestAssured.get("/api/audit/records/{id}/lineage", "BLR:NOTHING").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_amendment_without_a_source_of_its_own_is_told_apart_from_one_that_gives_a_new_source() {
        String country = freshCountry();
        String id = HistoryIT.statement(country, "2008-04-08", "Instruments are not universal.");
        asAlice().body("{\"stance\": \"OPPOSES\", \"reason\": \"Re-read\"}")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        asAlice().body("""
                        {"summary": "Instruments are not yet universal.", "reason": "Checked against the record",
                         "source": {"citation": "CCW/GGE/2008/SR.3"}}""")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200);

        // The lineage gives each version the record's source then; ownSource says whether the event gave it.
        RestAssured.get("/api/audit/records/{id}/lineage", id).then()
                .statusCode(200)
                .body("versions.ownSource", contains(true, false, true))
                .body("versions.source.citation", contains("Notes by WILPF", "Notes by WILPF", "CCW/GGE/2008/SR.3"));
        // The timeline gives a change only the source it carried: none for the first amendment.
        eventually("/api/countries/" + country + "/history", history -> history.statusCode(200)
                .body("entries[0].changes", hasSize(2))
                .body("entries[0].changes[0].source", nullValue())
                .body("entries[0].changes[1].changedFields", contains("summary", "source"))
                .body("entries[0].changes[1].source.citation", equalTo("CCW/GGE/2008/SR.3"))
                .body("entries[0].source.citation", equalTo("CCW/GGE/2008/SR.3")));
    }
}
