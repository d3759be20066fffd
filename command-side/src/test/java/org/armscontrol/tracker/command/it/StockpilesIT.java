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
}
