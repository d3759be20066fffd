package org.armscontrol.tracker.command.it;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Records whose streams pass the snapshot threshold (5 here) are loaded from a snapshot and the events after it,
 * and the rules hold exactly as on a record loaded from all its events.
 */
@TestPropertySource(properties = "tracker.snapshots.threshold=5")
class SnapshotIT extends CommandSideIntegrationTest {

    @Test
    void a_statement_loaded_from_a_snapshot_keeps_its_rules() {
        String id = asAlice().body(StatementsIT.JANUARY_2008.formatted(freshCountry())).post("/api/statements")
                .then().statusCode(201).extract().path("statementId");
        for (int version = 1; version <= 6; version++) {
            asAlice().body("{\"summary\": \"Version " + version + "\", \"reason\": \"Re-read\"}")
                    .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        }
        assertThat(snapshotOf(id)).as("a snapshot was taken").contains("\"summary\":\"Version ");

        asAlice().body("{\"summary\": \"Version 6\", \"reason\": \"Same again\"}")
                .post("/api/statements/{id}/amendments", id).then()
                .statusCode(409).body("rule", equalTo("AMENDMENT_CHANGES_NOTHING"));
        asAlice().body("{\"reason\": \"Misattributed\"}").post("/api/statements/{id}/retraction", id).then()
                .statusCode(200).body("version", equalTo(7));
        asAlice().body("{\"summary\": \"Version 7\", \"reason\": \"Too late\"}")
                .post("/api/statements/{id}/amendments", id).then()
                .statusCode(409).body("rule", equalTo("STATEMENT_RETRACTED"));
    }

    @Test
    void a_participation_loaded_from_a_snapshot_keeps_its_rules() {
        String country = freshCountry();
        action(country, "SIGNED", "2008-12-03");
        action(country, "RATIFIED", "2010-05-10");
        for (String date : new String[]{"2010-05-11", "2010-05-12", "2010-05-13", "2010-05-14"}) {
            asAlice().body("""
                            {"action": "RATIFIED", "date": "%s", "reason": "Checked again",
                             "source": {"citation": "Depositary"}}""".formatted(date))
                    .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);
        }
        assertThat(snapshotOf(country + ":CCM")).contains("\"actions\"");

        asAlice().body(body(country, "RATIFIED", "2011-01-01")).post("/api/treaty-actions").then()
                .statusCode(409).body("rule", equalTo("ALREADY_PARTY"));
        asAlice().body(body(country, "WITHDREW", "2010-05-13")).post("/api/treaty-actions").then()
                .statusCode(409).body("rule", equalTo("OUT_OF_ORDER"));
        asAlice().body(body(country, "WITHDREW", "2024-09-06")).post("/api/treaty-actions").then()
                .statusCode(201).body("version", equalTo(6));
    }

    @Test
    void the_reservations_of_a_participation_loaded_from_a_snapshot_keep_their_rules() {
        String country = freshCountry();
        action(country, "SIGNED", "2008-12-03");
        action(country, "RATIFIED", "2010-05-10");
        for (int article = 1; article <= 4; article++) {
            asAlice().body(reservation("Article " + article)).post("/api/participations/{c}/CCM/reservations", country)
                    .then().statusCode(201).body("reservationId", equalTo("R" + (article + 1)));
        }
        assertThat(snapshotOf(country + ":CCM")).contains("\"reservations\"").contains("\"R2\"");

        asAlice().body(reservation("Article 3")).post("/api/participations/{c}/CCM/reservations", country).then()
                .statusCode(409).body("rule", equalTo("ALREADY_RECORDED"));
        String withdrawal = "{\"date\": \"2012-01-01\", \"reason\": \"Withdrawn\", \"source\": {\"citation\": \"UNTC\"}}";
        asAlice().body(withdrawal).post("/api/participations/{c}/CCM/reservations/R2/withdrawal", country).then()
                .statusCode(200).body("version", equalTo(6));
        asAlice().body(withdrawal).post("/api/participations/{c}/CCM/reservations/R2/withdrawal", country).then()
                .statusCode(409).body("rule", equalTo("RESERVATION_WITHDRAWN"));
    }

    private static String reservation(String text) {
        return """
                {"kind": "RESERVATION", "text": "%s", "date": "2010-05-10", "madeWith": "RATIFIED",
                 "source": {"citation": "UN Treaty Collection"}}""".formatted(text);
    }

    @Test
    void a_stockpile_loaded_from_a_snapshot_keeps_its_rules() {
        String country = freshCountry();
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": 100,
                         "status": "IN_SERVICE", "date": "2004-01-01", "source": {"citation": "Jane's"}}"""
                        .formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);
        for (int year = 2010; year <= 2015; year++) {
            asAlice().body("""
                            {"quantityDestroyed": 10, "date": "%d-06-30", "source": {"citation": "Article 7"}}"""
                            .formatted(year))
                    .post("/api/stockpiles/{c}/RBK-500/destructions", country).then().statusCode(200);
        }
        assertThat(snapshotOf(country + ":RBK-500")).contains("\"destroyedSinceLatest\"");

        asAlice().body("{\"quantityDestroyed\": 41, \"date\": \"2016-06-30\", \"source\": {\"citation\": \"A7\"}}")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then()
                .statusCode(409).body("rule", equalTo("EXCEEDS_STOCKPILE"));
        asAlice().body("{\"quantity\": 50, \"reason\": \"Recount\"}")
                .post("/api/stockpiles/{c}/RBK-500/revisions", country).then()
                .statusCode(409).body("rule", equalTo("BELOW_DESTROYED"));
    }

    private String snapshotOf(String aggregateId) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM event_store.snapshots "
                + "WHERE aggregate_id = ?", String.class, aggregateId).stream().findFirst().orElse("");
    }

    private void action(String country, String action, String date) {
        asAlice().body(body(country, action, date)).post("/api/treaty-actions").then().statusCode(201);
    }

    private static String body(String country, String action, String date) {
        return """
                {"country": "%s", "instrument": "CCM", "action": "%s", "date": "%s",
                 "source": {"citation": "UN Treaty Collection"}}""".formatted(country, action, date);
    }
}
