package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** GET /api/statements: filters, full-text search, newest first, paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementSearchIT extends ReadsIntegrationTest {

    private String country;
    private String retracted;

    @BeforeAll
    void recordStatements() {
        RestAssured.port = port;
        country = freshCountry();
        record("2007-11-07", "OPPOSES", "CCM", "Belarus does not see the need for a new instrument on cluster "
                + "munitions; it voted against the resolution.");
        record("2008-01-17", "CONDITIONAL", "CCW-P5", "Humanitarian concerns can be met by full implementation "
                + "of Protocol V on explicit remnants of war.");
        record("2008-10-29", "UNCLEAR", "CCM", "The Ministry shared the humanitarian concerns of the campaigners "
                + "about quarantined stocks.");
        retracted = record("2009-05-05", "SUPPORTS", "CCM", "Belarus will join the ban on cluster munitions.");
        asAlice().body("{\"reason\": \"Misattributed to Belarus\"}")
                .post("/api/statements/{id}/retraction", retracted).then().statusCode(200);
        // Caught up once all four are in and the retraction has been applied.
        eventually("/api/statements?country=" + country + "&includeRetracted=true",
                page -> page.body("total", equalTo(4)));
        eventually("/api/statements?country=" + country, page -> page.body("total", equalTo(3)));
    }

    @Test
    void statements_of_a_country_come_newest_first_without_retracted_ones() {
        RestAssured.get("/api/statements?country={c}", country).then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("statements.date", contains("2008-10-29", "2008-01-17", "2007-11-07"))
                .body("statements.countryName", everyItem(equalTo(CountryCode.of(country).name())));
        RestAssured.get("/api/statements?country={c}&includeRetracted=true", country).then()
                .body("statements[0].date", equalTo("2009-05-05"))
                .body("statements[0].retracted", equalTo(true));
    }

    @Test
    void full_text_search_finds_words_in_any_form() {
        // "implemented" finds "implementation" (English stemming).
        RestAssured.get("/api/statements?country={c}&q=implemented", country).then()
                .body("statements.date", contains("2008-01-17"));
        RestAssured.get("/api/statements?country={c}&q=humanitarian concerns", country).then()
                .body("statements.date", contains("2008-10-29", "2008-01-17"));
        RestAssured.get("/api/statements?country={c}&q=\"humanitarian concerns\" -campaigners", country).then()
                .body("statements.date", contains("2008-01-17"));
        RestAssured.get("/api/statements?country={c}&q=landmines", country).then()
                .body("total", equalTo(0))
                .body("statements", empty());
    }

    @Test
    void filters_combine() {
        RestAssured.get("/api/statements?country={c}&instrument=CCM&stance=OPPOSES", country).then()
                .body("statements.date", contains("2007-11-07"));
        RestAssured.get("/api/statements?country={c}&from=2008-01-01&to=2008-06-30", country).then()
                .body("statements.date", contains("2008-01-17"));
    }

    @Test
    void pages_say_how_many_match_in_all() {
        RestAssured.get("/api/statements?country={c}&limit=2&offset=1", country).then()
                .body("total", equalTo(3))
                .body("limit", equalTo(2))
                .body("offset", equalTo(1))
                .body("statements", hasSize(2))
                .body("statements[0].date", equalTo("2008-01-17"));
    }

    @Test
    void bad_filters_are_refused_naming_each() {
        RestAssured.get("/api/statements?stance=AGAINST&limit=0&country=by").then()
                .statusCode(400)
                .body("errors.field", contains("country", "stance", "limit"));
    }

    private String record(String date, String stance, String instrument, String summary) {
        return asAlice().body("""
                        {"country": "%s", "date": "%s", "forum": "Meeting on cluster munitions",
                         "instruments": ["%s"], "stance": "%s", "summary": "%s",
                         "source": {"citation": "Cluster Munition Monitor"}}"""
                        .formatted(country, date, instrument, stance, summary))
                .post("/api/statements").then().statusCode(201)
                .extract().path("statementId");
    }
}
