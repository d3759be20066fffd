package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Reads say in their Cache-Control whether their answer can still change: final (immutable) as known at a settled
 * instant in the past, revalidated (no-cache) otherwise; each has a strong ETag and answers If-None-Match with 304.
 * The base context settles knownAt after 2 s (tracker.reads.settle-time).
 */
class ReadCachingIT extends ReadsIntegrationTest {

    private static final String FINAL = "max-age=86400, private, immutable";
    private static final String REVALIDATE = "no-cache, private";
    private static final String STRONG_ETAG = "\"[0-9a-f]{33}\"";

    @Test
    void every_read_as_known_at_a_settled_instant_is_final_and_answers_if_none_match_with_304() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        HistoryIT.statement(country, "2008-01-17", "Protocol V suffices.");
        awaitReadModelsCaughtUp();
        String knownAt = Instant.now().toString();
        List<String> reads = List.of(
                "/api/countries/" + country + "/position?asOf=2010-01-01",
                "/api/countries/" + country + "/history",
                "/api/countries/" + country + "/history?limit=1",
                "/api/countries/" + country + "/status-timeline",
                "/api/countries/" + country + "/profile?asOf=2010-01-01",
                "/api/instruments/CCM/participants?asOf=2010-01-01",
                "/api/instruments/CCM/participants?asOf=2010-01-01&format=csv",
                "/api/instruments/CCM/participants/timeline",
                "/api/compare?countries=" + country + "&asOf=2010-01-01",
                "/api/instruments",
                "/api/instruments/CCM",
                "/api/statements?country=" + country);
        // Until the settle time has passed, an event recorded just before knownAt could still appear.
        RestAssured.get(reads.get(0) + "&knownAt=" + knownAt).then().statusCode(200)
                .header("Cache-Control", REVALIDATE);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                RestAssured.get(reads.get(0) + "&knownAt=" + knownAt).then().header("Cache-Control", FINAL));
        String before = RestAssured.get(reads.get(0) + "&knownAt=" + knownAt).then().extract().header("ETag");

        // A later event changes nothing known then: the same answer, the same ETag.
        treatyAction(country, "CCM", "RATIFIED", "2009-05-10");
        awaitReadModelsCaughtUp();
        for (String read : reads) {
            String path = knownAt(read, knownAt);
            ExtractableResponse<Response> answer = RestAssured.get(path).then()
                    .statusCode(200)
                    .header("Cache-Control", FINAL)
                    .header("ETag", matchesPattern(STRONG_ETAG))
                    .extract();
            RestAssured.given().header("If-None-Match", answer.header("ETag")).get(path).then()
                    .statusCode(304)
                    .header("Cache-Control", FINAL)
                    .header("ETag", answer.header("ETag"))
                    .body(emptyString());
        }
        RestAssured.get("/api/countries/{c}/position?asOf=2010-01-01&knownAt={k}", country, knownAt).then()
                .header("ETag", before)
                .body("instruments[0].status", equalTo("SIGNATORY"));
        // One URL answers JSON or CSV by Accept: a browser keeps each apart.
        for (String read : List.of(reads.get(1), reads.get(5), reads.get(8))) {
            Response json = RestAssured.get(knownAt(read, knownAt));
            Response csv = RestAssured.given().accept("text/csv").get(knownAt(read, knownAt));
            assertThat(csv.contentType()).startsWith("text/csv");
            for (Response answer : List.of(json, csv)) {
                assertThat(String.join(",", answer.headers().getValues("Vary"))).as(read).contains("Accept");
            }
        }
    }

    @Test
    void reads_that_can_still_change_are_revalidated_and_answer_304_only_while_unchanged() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        awaitReadModelsCaughtUp();
        String position = "/api/countries/" + country + "/position?asOf=2010-01-01";
        String etag = RestAssured.get(position).then()
                .statusCode(200)
                .header("Cache-Control", REVALIDATE)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .extract().header("ETag");
        RestAssured.given().header("If-None-Match", etag).get(position).then()
                .statusCode(304)
                .header("Cache-Control", REVALIDATE);

        treatyAction(country, "CCM", "RATIFIED", "2009-05-10");
        awaitReadModelsCaughtUp();
        String changed = RestAssured.given().header("If-None-Match", etag).get(position).then()
                .statusCode(200)
                .header("Cache-Control", REVALIDATE)
                .body("instruments[0].status", equalTo("PARTY"))
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void a_future_knownAt_or_a_date_left_to_today_keeps_an_answer_open() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        awaitReadModelsCaughtUp();
        // Before anything was recorded in this database: settled at once, yet these can change.
        String settled = "2001-01-01T00:00:00Z";
        for (String read : List.of(
                "/api/countries/" + country + "/position?asOf=2010-01-01&knownAt=2999-01-01T00:00:00Z",
                "/api/countries/" + country + "/history?knownAt=2999-01-01T00:00:00Z",
                "/api/instruments?knownAt=" + Instant.now().plusSeconds(3600),
                // asOf defaults to today: tomorrow is another day
                "/api/countries/" + country + "/position?knownAt=" + settled,
                "/api/countries/" + country + "/profile?knownAt=" + settled,
                "/api/instruments/CCM/participants?knownAt=" + settled,
                "/api/compare?countries=" + country + "&knownAt=" + settled,
                // the file is named by today's date
                "/api/countries/" + country + "/history?format=csv&knownAt=" + settled)) {
            RestAssured.get(read).then()
                    .statusCode(200)
                    .header("Cache-Control", REVALIDATE)
                    .header("ETag", matchesPattern(STRONG_ETAG));
        }
        RestAssured.get("/api/countries/{c}/position?asOf=2010-01-01&knownAt={k}", country, settled).then()
                .header("Cache-Control", FINAL);
    }

    private static String knownAt(String read, String instant) {
        return read + (read.contains("?") ? "&" : "?") + "knownAt=" + instant;
    }
}
