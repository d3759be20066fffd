package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
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
}
