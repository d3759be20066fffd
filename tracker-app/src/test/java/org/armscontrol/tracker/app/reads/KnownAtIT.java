package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Every read takes knownAt: the answer the tracker would have given at that instant. */
class KnownAtIT extends ReadsIntegrationTest {

    @Test
    void before_a_correction_was_recorded_the_old_date_shows_and_after_it_the_corrected_one() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2010-06-10", "reason": "Typo in the deposit date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);
        eventually("/api/countries/" + country + "/history?instrument=CCM",
                history -> history.body("entries[1].changes", hasSize(1)));
        Instant corrected = Instant.parse(RestAssured.get("/api/countries/{c}/history", country).then()
                .extract().path("entries[1].changes[0].recordedAt"));
        String justBefore = corrected.minusNanos(1_000).toString();
        String atIt = corrected.toString();

        RestAssured.get("/api/countries/{c}/position?asOf=2010-05-20&knownAt={t}", country, justBefore).then()
                .statusCode(200)
                .body("knownAt", equalTo(justBefore))
                .body("instruments[0].status", equalTo("PARTY"))
                .body("instruments[0].since", equalTo("2010-05-10"));
        RestAssured.get("/api/countries/{c}/position?asOf=2010-05-20&knownAt={t}", country, atIt).then()
                .body("instruments[0].status", equalTo("SIGNATORY"));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries.date", contains("2008-12-03", "2010-05-10"))
                .body("entries[1].changes", empty());
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, atIt).then()
                .body("entries.date", contains("2008-12-03", "2010-06-10"))
                .body("entries[1].details.originalDate", equalTo("2010-05-10"));
        RestAssured.get("/api/instruments/CCM/participants?asOf=2010-05-20&knownAt={t}", justBefore).then()
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("PARTY"));
        RestAssured.get("/api/instruments/CCM/participants?asOf=2010-05-20&knownAt={t}", atIt).then()
                .body("participants.find { it.country == '" + country + "' }.status", equalTo("SIGNATORY"));
    }

    @Test
    void before_anything_was_recorded_the_tracker_knew_nothing() {
        String country = freshCountry();
        String before = Instant.now().minusSeconds(1).toString();
        String id = HistoryIT.statement(country, "2008-01-17", "Protocol V suffices.");
        eventually("/api/statements?country=" + country, page -> page.body("total", equalTo(1)));

        RestAssured.get("/api/statements?country={c}&knownAt={t}", country, before).then()
                .body("total", equalTo(0));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, before).then()
                .body("entries", empty());
        RestAssured.get("/api/countries/{c}/history", country).then()
                .body("entries[0].id", equalTo(id));
    }

    /** Instants PostgreSQL cannot hold (4714 BC to 294276 AD) are a 400 naming knownAt on every read, not a 500. */
    @Test
    void an_instant_beyond_what_the_database_holds_is_refused_on_every_read() {
        for (String read : List.of("/api/countries/BLR/history", "/api/countries/BLR/position",
                "/api/countries/BLR/status-timeline", "/api/instruments/CCM/participants",
                "/api/instruments/CCM/participants/timeline", "/api/statements?country=BLR",
                "/api/compare?countries=BLR&instruments=CCM", "/api/countries/BLR/profile", "/api/instruments",
                "/api/instruments/CCM", "/api/countries/BLR/history?format=csv")) {
            for (String knownAt : List.of("+294277-01-01T00:00:00Z", "-4714-11-23T00:00:00Z")) {
                RestAssured.given().queryParam("knownAt", knownAt).get(read).then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("field", equalTo("knownAt"))
                        .body("detail", containsString("PostgreSQL"));
            }
            // The extremes it does hold are answered.
            for (String knownAt : List.of("+294276-12-31T23:59:59Z", "-4713-11-24T00:00:00Z")) {
                RestAssured.given().queryParam("knownAt", knownAt).get(read).then().statusCode(200);
            }
        }
    }

    /**
     * Dates PostgreSQL cannot hold (4714-11-24 BC to 5874897 AD) are a 400 naming the parameter too: past its last
     * year, a date reached the SQL and failed there (500).
     */
    @Test
    void a_date_beyond_what_the_database_holds_is_refused_on_every_read() {
        for (String read : List.of("/api/countries/BLR/position?asOf=%s", "/api/instruments/CCM/participants?asOf=%s",
                "/api/compare?countries=BLR&instruments=CCM&asOf=%s", "/api/countries/BLR/profile?asOf=%s",
                "/api/countries/BLR/history?from=%s", "/api/countries/BLR/history?to=%s",
                "/api/statements?from=%s", "/api/statements?to=%s")) {
            String field = read.substring(read.lastIndexOf('?') + 1).replaceAll(".*&", "").replace("=%s", "");
            for (String date : List.of("+5874898-01-01", "-4714-11-23", "+999999999-12-31")) {
                RestAssured.given().urlEncodingEnabled(false).get(read.formatted(date.replace("+", "%2B"))).then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("field", equalTo(field))
                        .body("detail", containsString("PostgreSQL"));
            }
            for (String date : List.of("+5874897-12-31", "-4713-11-24")) {
                RestAssured.given().urlEncodingEnabled(false).get(read.formatted(date.replace("+", "%2B"))).then()
                        .statusCode(200);
            }
        }
    }

    @Test
    void an_instant_without_zone_is_refused() {
        RestAssured.get("/api/countries/BLR/position?knownAt=2026-11-23T10:15:30").then()
                .statusCode(400)
                .body("field", equalTo("knownAt"));
    }
}
