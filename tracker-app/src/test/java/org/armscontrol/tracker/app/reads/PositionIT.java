package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/countries/{country}/position?asOf=: statuses, stances and stockpiles as of a valid date. */
class PositionIT extends ReadsIntegrationTest {

    @Test
    void the_status_on_each_instrument_is_the_one_in_force_on_the_date() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-02-16");

        eventually("/api/countries/" + country + "/position?asOf=2011-01-01", position -> position.statusCode(200)
                .body("instruments.instrument", contains("CCM"))
                .body("instruments[0].status", equalTo("PARTY"))
                .body("instruments[0].since", equalTo("2010-02-16"))
                .body("instruments[0].action", equalTo("RATIFIED")));
        RestAssured.get("/api/countries/{c}/position?asOf=2009-06-30", country).then()
                .body("asOf", equalTo("2009-06-30"))
                .body("instruments[0].status", equalTo("SIGNATORY"))
                .body("instruments[0].since", equalTo("2008-12-03"));
        RestAssured.get("/api/countries/{c}/position?asOf=2008-12-02", country).then()
                .body("instruments[0].status", equalTo("NONE"))
                .body("instruments[0].since", nullValue());
        RestAssured.get("/api/countries/{c}/position", freshCountry()).then()
                .body("instruments", empty());
        // Beside its code, the state's name as the UN writes it.
        RestAssured.get("/api/countries/PRK/position").then()
                .body("country", equalTo("PRK"))
                .body("countryName", equalTo("Democratic People's Republic of Korea"));
    }

    @Test
    void a_corrected_ratification_date_moves_the_status_change() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        eventually("/api/countries/" + country + "/position?asOf=2010-05-20",
                position -> position.body("instruments[0].status", equalTo("PARTY")));

        asAlice().body("""
                        {"action": "RATIFIED", "date": "2010-06-10", "reason": "Typo in the deposit date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);

        eventually("/api/countries/" + country + "/position?asOf=2010-05-20",
                position -> position.body("instruments[0].status", equalTo("SIGNATORY")));
        RestAssured.get("/api/countries/{c}/position?asOf=2010-06-10", country).then()
                .body("instruments[0].status", equalTo("PARTY"))
                .body("instruments[0].since", equalTo("2010-06-10"));
    }

    @Test
    void the_latest_unretracted_stance_on_each_instrument_counts() {
        String country = freshCountry();
        stance(country, "2007-11-07", "OPPOSES", "CCM");
        String later = stance(country, "2008-10-29", "UNCLEAR", "CCM");
        stance(country, "2008-04-08", "CONDITIONAL", "CCW");

        eventually("/api/countries/" + country + "/position?asOf=2008-06-30", position -> position
                .body("stances.instrument", contains("CCM", "CCW"))
                .body("stances.stance", contains("OPPOSES", "CONDITIONAL")));
        eventually("/api/countries/" + country + "/position?asOf=2009-01-01", position -> position
                .body("stances[0].stance", equalTo("UNCLEAR"))
                .body("stances[0].statementId", equalTo(later)));

        asAlice().body("{\"reason\": \"Misattributed\"}").post("/api/statements/{id}/retraction", later)
                .then().statusCode(200);
        eventually("/api/countries/" + country + "/position?asOf=2009-01-01", position -> position
                .body("stances[0].stance", equalTo("OPPOSES")));
    }

    @Test
    void a_stockpile_is_its_latest_declaration_less_what_was_destroyed_by_the_date() {
        String country = freshCountry();
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION",
                         "quantity": 100, "status": "IN_SERVICE", "origin": "inherited from the USSR",
                         "date": "2005-01-01", "datePrecision": "YEAR", "source": {"citation": "Military Balance"}}"""
                        .formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);
        asAlice().body("""
                        {"quantityDestroyed": 40, "date": "2010-03-01", "source": {"citation": "Article 7 report"}}""")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then().statusCode(200);

        eventually("/api/countries/" + country + "/position?asOf=2011-01-01", position -> position
                .body("stockpiles[0].weaponSystem", equalTo("RBK-500"))
                .body("stockpiles[0].declaredQuantity", equalTo(100))
                .body("stockpiles[0].destroyed", equalTo(40))
                .body("stockpiles[0].remaining", equalTo(60))
                .body("stockpiles[0].status", equalTo("IN_SERVICE"))
                .body("stockpiles[0].origin", equalTo("inherited from the USSR"))
                .body("stockpiles[0].lastReportOn", equalTo("2010-03-01")));
        RestAssured.get("/api/countries/{c}/position?asOf=2009-12-31", country).then()
                .body("stockpiles[0].remaining", equalTo(100));

        asAlice().body("""
                        {"quantity": 120, "reason": "The 2006 edition gives 120"}""")
                .post("/api/stockpiles/{c}/RBK-500/revisions", country).then().statusCode(200);
        eventually("/api/countries/" + country + "/position?asOf=2011-01-01", position -> position
                .body("stockpiles[0].declaredQuantity", equalTo(120))
                .body("stockpiles[0].remaining", equalTo(80)));

        asAlice().body("""
                        {"completed": true, "date": "2012-06-30", "source": {"citation": "Article 7 report"}}""")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then().statusCode(200);
        eventually("/api/countries/" + country + "/position?asOf=2013-01-01", position -> position
                .body("stockpiles[0].status", equalTo("DESTROYED"))
                .body("stockpiles[0].destroyed", nullValue())
                .body("stockpiles[0].remaining", equalTo(0)));
    }

    @Test
    void bad_dates_are_refused() {
        RestAssured.get("/api/countries/BLR/position?asOf=29-09-2008").then()
                .statusCode(400)
                .body("field", equalTo("asOf"));
    }

    private static String stance(String country, String date, String stance, String instrument) {
        return asAlice().body("""
                        {"country": "%s", "date": "%s", "forum": "UN General Assembly First Committee",
                         "instruments": ["%s"], "stance": "%s", "summary": "Position stated on %s",
                         "source": {"citation": "Cluster Munition Monitor"}}"""
                        .formatted(country, date, instrument, stance, date))
                .post("/api/statements").then().statusCode(201)
                .extract().path("statementId");
    }

    private static final String VOID = """
            {"reason": "Recorded under the wrong country: the source is about another state",
             "source": {"citation": "Jane's Air-Launched Weapons, Issue 44, p. 836, re-read"}}""";

    private static void declare(String country, String weaponSystem, int quantity) {
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "%s", "category": "CLUSTER_MUNITION",
                         "quantity": %d, "status": "IN_SERVICE", "date": "2005-01-01", "datePrecision": "YEAR",
                         "source": {"citation": "Military Balance"}}""".formatted(country, weaponSystem, quantity))
                .post("/api/stockpile-declarations").then().statusCode(201);
    }

    private static ValidatableResponse voidStockpile(String country, String weaponSystem, String body) {
        return asAlice().body(body).post("/api/stockpiles/{c}/{w}/voids", country, weaponSystem).then();
    }

    @Test
    void a_voided_stockpile_counts_nowhere_while_known_at_before_the_void_and_the_lineage_keep_it() {
        String country = freshCountry();
        declare(country, "KMG-U", 30);
        declare(country, "RBK-500", 100);
        asAlice().body("""
                        {"quantityDestroyed": 40, "date": "2010-03-01", "source": {"citation": "Article 7 report"}}""")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then().statusCode(200);
        asAlice().body("{\"quantity\": 120, \"reason\": \"The 2006 edition gives 120\"}")
                .post("/api/stockpiles/{c}/RBK-500/revisions", country).then().statusCode(200);
        eventually("/api/countries/" + country + "/history", history -> history.body("entries", hasSize(3))
                .body("entries.find { it.id == '" + country + ":RBK-500#0' }.changes", hasSize(1)));

        voidStockpile(country, "RBK-500", VOID).statusCode(200)
                .header("ETag", "\"3\"")
                .body("stockpileId", equalTo(country + ":RBK-500"))
                .body("version", equalTo(3));

        eventually("/api/countries/" + country + "/position?asOf=2011-01-01", position -> position
                .body("stockpiles.weaponSystem", contains("KMG-U")));
        RestAssured.get("/api/countries/{c}/history", country).then()
                .body("entries.id", contains(country + ":KMG-U#0"));
        RestAssured.get("/api/countries/{c}/history?format=csv", country).then().statusCode(200)
                .body(containsString("KMG-U"), not(containsString("RBK-500")));

        RestAssured.get("/api/audit/records/{id}/lineage", country + ":RBK-500").then()
                .statusCode(200)
                .body("versions.eventType", contains("StockpileDeclared", "StockpileDestructionReported",
                        "StockpileDeclarationRevised", "StockpileDeclarationVoided"))
                .body("versions[3].changes.field", contains("voided"))
                .body("versions[3].reason", equalTo("Recorded under the wrong country: the source is about "
                        + "another state"))
                .body("versions[3].source.citation", equalTo("Jane's Air-Launched Weapons, Issue 44, p. 836, re-read"))
                .body("versions[3].recordedBy", equalTo("alice"));
        Instant voidRecorded = Instant.parse(RestAssured.get("/api/audit/records/{id}/lineage", country + ":RBK-500")
                .then().extract().path("versions[3].recordedAt"));
        String justBefore = voidRecorded.minusNanos(1_000).toString();
        RestAssured.get("/api/countries/{c}/position?asOf=2011-01-01&knownAt={t}", country, justBefore).then()
                .body("stockpiles.weaponSystem", contains("KMG-U", "RBK-500"))
                .body("stockpiles[1].remaining", equalTo(80));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries", hasSize(3));
        RestAssured.get("/api/audit/events?country={c}", country).then()
                .body("events.eventType", hasItem("StockpileDeclarationVoided"));

        voidStockpile(country, "RBK-500", VOID).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("ALREADY_VOID"));
        asAlice().body("{\"quantityDestroyed\": 10, \"date\": \"2011-03-01\", \"source\": {\"citation\": \"R\"}}")
                .post("/api/stockpiles/{c}/RBK-500/destructions", country).then()
                .statusCode(409).body("rule", equalTo("VOIDED"));
        asAlice().body("{\"quantity\": 90, \"reason\": \"Re-read\"}")
                .post("/api/stockpiles/{c}/RBK-500/revisions", country).then()
                .statusCode(409).body("rule", equalTo("VOIDED"));

        voidStockpile(country, "KMG-U", "{\"source\": {\"citation\": \"R\"}}").statusCode(400)
                .body("field", equalTo("reason"));
        voidStockpile(country, "KMG-U", "{\"reason\": \"A duplicate\"}").statusCode(400)
                .body("field", equalTo("source"));
        voidStockpile(country, "SPBE-D", VOID).statusCode(404).contentType("application/problem+json");
        asAlice().header("If-Match", "\"5\"").body(VOID).post("/api/stockpiles/{c}/KMG-U/voids", country).then()
                .statusCode(409).body("type", equalTo("urn:position-tracker:problem:stale-version"));
        asAlice().header("If-Match", "\"0\"").header("Idempotency-Key", "stockpile-void-" + country).body(VOID)
                .post("/api/stockpiles/{c}/KMG-U/voids", country).then().statusCode(200).body("version", equalTo(1));
        asAlice().header("Idempotency-Key", "stockpile-void-" + country).body(VOID)
                .post("/api/stockpiles/{c}/KMG-U/voids", country).then().statusCode(200)
                .header("Idempotent-Replayed", "true");
    }
}
