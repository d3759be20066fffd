package org.armscontrol.tracker.command.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Stockpile declarations, destruction reports and revisions, over HTTP, against PostgreSQL. */
class StockpilesIT extends CommandSideIntegrationTest {

    private static String declaration(String country, String quantity) {
        return """
                {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": %s,
                 "status": "IN_SERVICE", "origin": "inherited from the USSR", "date": "2004-01-01",
                 "datePrecision": "YEAR", "source": {"citation": "Jane's Air-Launched Weapons, Issue 44, 2004, p. 836"}}"""
                .formatted(country, quantity);
    }

    @Test
    void a_stockpile_of_unknown_size_is_declared_under_its_country_and_weapon_system() {
        String country = freshCountry();
        asAlice().body(declaration(country, "null")).post("/api/stockpile-declarations")
                .then().statusCode(201)
                .body("stockpileId", equalTo(country + ":RBK-500"))
                .header("Location", "/api/stockpiles/" + country + "/RBK-500");
        assertThat(jdbc.queryForObject("SELECT payload->'declaration'->'date'->>'precision' FROM event_store.event_log "
                + "WHERE aggregate_id = ?", String.class, country + ":RBK-500")).isEqualTo("YEAR");
    }

    @Test
    void destruction_and_revision_are_recorded_against_the_stockpile() {
        String country = freshCountry();
        asAlice().body(declaration(country, "300")).post("/api/stockpile-declarations").then().statusCode(201);
        asAlice().body("{\"quantityDestroyed\": 120, \"date\": \"2013-05-01\", \"source\": {\"citation\": \"Article 7 report\"}}")
                .post("/api/stockpiles/{country}/rbk 500/destructions", country)
                .then().statusCode(200).body("version", equalTo(1));
        asAlice().body("{\"quantityDestroyed\": 500, \"date\": \"2014-05-01\", \"source\": {\"citation\": \"Article 7 report\"}}")
                .post("/api/stockpiles/{country}/RBK-500/destructions", country)
                .then().statusCode(409).body("rule", equalTo("EXCEEDS_STOCKPILE")).body("field", equalTo("quantityDestroyed"));
        asAlice().body("{\"quantity\": 320, \"reason\": \"The 2004 count was revised by the 2013 report\"}")
                .post("/api/stockpiles/{country}/RBK-500/revisions", country)
                .then().statusCode(200).body("version", equalTo(2));
        assertThat(jdbc.queryForObject("SELECT payload->>'remaining' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 1", String.class, country + ":RBK-500")).isEqualTo("180");
    }

    @Test
    void destruction_of_an_unknown_stockpile_is_404() {
        asAlice().body("{\"date\": \"2013-05-01\", \"source\": {\"citation\": \"report\"}}")
                .post("/api/stockpiles/{country}/RBK-500/destructions", freshCountry())
                .then().statusCode(404);
    }

    @Test
    void a_negative_quantity_is_a_bad_request() {
        asAlice().body(declaration(freshCountry(), "-3")).post("/api/stockpile-declarations")
                .then().statusCode(400).body("field", equalTo("quantity"));
        asAlice().body(declaration(freshCountry(), "\"many\"")).post("/api/stockpile-declarations")
                .then().statusCode(400).body("field", equalTo("quantity"));
    }

    @Test
    void a_quantity_typed_as_unknown_is_refused_in_words_naming_the_field() {
        String country = freshCountry();
        asAlice().body(declaration(country, "\"unknown\"")).post("/api/stockpile-declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("quantity"))
                .body("detail", equalTo("quantity must be a whole number, or left out when not known; 'unknown' is "
                        + "not one"));
        asAlice().body(declaration(country, "12.5")).post("/api/stockpile-declarations")
                .then().statusCode(400).body("field", equalTo("quantity"))
                .body("detail", equalTo("quantity must be a whole number, or left out when not known; 12.5 is not one"));
        // The same in a revision (an Optional) and a destruction report: any whole-number field.
        asAlice().body(declaration(country, "300")).post("/api/stockpile-declarations").then().statusCode(201);
        asAlice().body("{\"quantity\": \"unknown\", \"reason\": \"The count is not known\"}")
                .post("/api/stockpiles/{country}/RBK-500/revisions", country)
                .then().statusCode(400).body("field", equalTo("quantity"))
                .body("detail", org.hamcrest.Matchers.startsWith("quantity must be a whole number"));
        asAlice().body("{\"quantityDestroyed\": \"some\", \"date\": \"2013-05-01\", \"source\": {\"citation\": \"r\"}}")
                .post("/api/stockpiles/{country}/RBK-500/destructions", country)
                .then().statusCode(400).body("field", equalTo("quantityDestroyed"))
                .body("detail", org.hamcrest.Matchers.startsWith("quantityDestroyed must be a whole number"));
    }

    @Test
    void a_declaration_carries_a_note_which_a_revision_changes_or_removes() {
        String country = freshCountry();
        String body = declaration(country, "null").replace("\"status\"",
                "\"note\": \"not known whether these include submunition versions\", \"status\"");
        asAlice().body(body).post("/api/stockpile-declarations").then().statusCode(201);
        assertThat(jdbc.queryForObject("SELECT payload->'declaration'->>'note' FROM event_store.event_log "
                + "WHERE aggregate_id = ?", String.class, country + ":RBK-500"))
                .isEqualTo("not known whether these include submunition versions");

        asAlice().body("{\"note\": \"includes the RBK-500 ZAB version\", \"reason\": \"Jane's 2006 says so\"}")
                .post("/api/stockpiles/{country}/RBK-500/revisions", country).then().statusCode(200);
        assertThat(jdbc.queryForObject("SELECT payload->>'changedFields' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 1", String.class, country + ":RBK-500"))
                .isEqualTo("[\"note\"]");
        asAlice().body("{\"note\": null, \"reason\": \"The note was wrong\"}")
                .post("/api/stockpiles/{country}/RBK-500/revisions", country).then().statusCode(200);
        assertThat(jdbc.queryForObject("SELECT payload->'declaration'->>'note' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 2", String.class, country + ":RBK-500")).isNull();
        asAlice().body(declaration(country, "1").replace("\"status\"", "\"note\": \"a\\u0007b\", \"status\""))
                .post("/api/stockpile-declarations").then().statusCode(400).body("field", equalTo("note"));
    }
}
