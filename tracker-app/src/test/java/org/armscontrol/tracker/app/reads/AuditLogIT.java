package org.armscontrol.tracker.app.reads;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/audit/events: the raw event log, filtered, paged, as JSON and as CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogIT extends ReadsIntegrationTest {

    private String country;
    private String statementId;
    private Instant start;

    @BeforeAll
    void recordAsTwoUsers() {
        RestAssured.port = port;
        start = Instant.now();
        country = freshCountry();
        as("carol").body("""
                        {"country": "%s", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-30",
                         "source": {"citation": "UN Treaty Collection"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        statementId = as("dave").header("Idempotency-Key", "audit-" + country).body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE", "instruments": ["CCM"],
                         "stance": "CONDITIONAL", "summary": "Protocol V suffices.",
                         "source": {"citation": "Notes by WILPF", "url": "https://reachingcriticalwill.org"}}"""
                        .formatted(country))
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        as("carol").body("""
                        {"action": "RATIFIED", "date": "2008-09-29", "reason": "Deposit date per the depositary",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCW-P5/corrections", country).then().statusCode(200);
    }

    @Test
    void the_events_of_a_country_come_in_recorded_order_with_who_why_and_from_which_source() {
        RestAssured.get("/api/audit/events?country={c}", country).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("events.eventType", contains("TreatyRatified", "StatementRecorded", "TreatyActionCorrected"))
                .body("events.recordedBy", contains("carol", "dave", "carol"))
                .body("events.aggregateId", contains(country + ":CCW-P5", statementId, country + ":CCW-P5"))
                .body("events.sequenceNumber", contains(0, 0, 1))
                // Beside the code, the state's name as every read gives it.
                .body("events.countryName", everyItem(equalTo(CountryCode.of(country).name())))
                .body("events.correlationId", everyItem(notNullValue()))
                .body("events[1].idempotencyKey", equalTo("audit-" + country))
                .body("events[1].sourceCitation", equalTo("Notes by WILPF"))
                .body("events[1].sourceUrl", equalTo("https://reachingcriticalwill.org"))
                .body("events[1].payload.content.summary", equalTo("Protocol V suffices."))
                .body("events[2].reason", equalTo("Deposit date per the depositary"))
                .body("events[2].payload.wrongDate.date", equalTo("2008-09-30"))
                .body("events[2].metadata.recordedBy", equalTo("carol"))
                .body("next", nullValue());
    }

    @Test
    void filters_by_user_instrument_and_recorded_time_combine() {
        RestAssured.get("/api/audit/events?country={c}&user=carol", country).then()
                .body("events.eventType", contains("TreatyRatified", "TreatyActionCorrected"));
        RestAssured.get("/api/audit/events?country={c}&instrument=CCM", country).then()
                .body("events.eventType", contains("StatementRecorded"));
        RestAssured.get("/api/audit/events?country={c}&from={f}", country, Instant.now().plusSeconds(60).toString())
                .then().body("events", hasSize(0));
        RestAssured.get("/api/audit/events?country={c}&from={f}&to={t}", country, start.minusSeconds(1).toString(),
                        Instant.now().plusSeconds(1).toString())
                .then().body("events", hasSize(3));
    }

    @Test
    void pages_link_to_the_next_until_the_last() {
        Response first = RestAssured.get("/api/audit/events?country={c}&limit=2", country);
        first.then().statusCode(200).body("events", hasSize(2));
        String next = first.path("next");
        assertThat(next).contains("after=").contains("limit=2").contains("country=" + country);
        RestAssured.given().urlEncodingEnabled(false).get(next).then()
                .body("events.eventType", contains("TreatyActionCorrected"));
    }

    @Test
    void the_log_exports_as_csv_with_a_header_and_one_line_per_event() throws IOException {
        Response csv = RestAssured.given().accept("text/csv").get("/api/audit/events?country={c}", country);
        csv.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.asString())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).extracting(row -> row.get("eventType"))
                    .containsExactly("TreatyRatified", "StatementRecorded", "TreatyActionCorrected");
            assertThat(all.get(2).get("reason")).isEqualTo("Deposit date per the depositary");
            assertThat(all).extracting(row -> row.get("countryName")).containsOnly(CountryCode.of(country).name());
            assertThat(csv.asString()).contains(",sequenceNumber,country,countryName,reason,");
            assertThat(all.get(1).get("payload")).startsWith("{").contains("\"summary\": \"Protocol V suffices.\"");
        }
    }

    /** Text a user typed cannot become a spreadsheet formula in the CSV, as in the other exports; JSON is exact. */
    @Test
    void the_csv_neutralises_cells_a_spreadsheet_would_take_for_formulas() throws IOException {
        String other = freshCountry();
        as("carol").body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                         "source": {"citation": "=cmd|' /C calc'!A0"}}""".formatted(other))
                .post("/api/treaty-actions").then().statusCode(201);
        as("carol").body("""
                        {"action": "SIGNED", "date": "2008-12-04", "reason": "@SUM(1+1)*cmd|' /C calc'!A0",
                         "source": {"citation": "+1+1"}}""")
                .post("/api/participations/{c}/CCM/corrections", other).then().statusCode(200);

        String csv = RestAssured.given().accept("text/csv").get("/api/audit/events?country={c}", other).asString();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).extracting(row -> row.get("sourceCitation"))
                    .containsExactly("'=cmd|' /C calc'!A0", "'+1+1");
            assertThat(all.get(1).get("reason")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(all.get(0).get("payload")).startsWith("{");
        }
        RestAssured.get("/api/audit/events?country={c}", other).then()
                .body("events[0].sourceCitation", equalTo("=cmd|' /C calc'!A0"));
    }

    @Test
    void instants_beyond_what_the_database_holds_are_refused_naming_the_parameter() {
        RestAssured.given().queryParam("from", "+999999999-12-31T23:59:59Z").get("/api/audit/events").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("from"));
        RestAssured.given().queryParam("to", "-4714-11-23T00:00:00Z").get("/api/audit/events").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("to"));
    }

    @Test
    void bad_filters_are_refused_naming_each() {
        RestAssured.get("/api/audit/events?country=blr&from=yesterday&limit=0").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("country", "from", "limit"));
    }

    @Test
    void order_newest_lists_the_latest_first_and_pages_backwards() {
        RestAssured.get("/api/audit/events?country={c}&order=newest", country).then()
                .statusCode(200)
                .body("events.eventType", contains("TreatyActionCorrected", "StatementRecorded", "TreatyRatified"));
        Response first = RestAssured.get("/api/audit/events?country={c}&order=newest&limit=2", country);
        first.then().body("events.eventType", contains("TreatyActionCorrected", "StatementRecorded"));
        String next = first.path("next");
        assertThat(next).contains("before=").doesNotContain("after=").contains("order=newest");
        RestAssured.given().urlEncodingEnabled(false).get(next).then()
                .body("events.eventType", contains("TreatyRatified"))
                .body("next", nullValue());
        RestAssured.get("/api/audit/events?country={c}&order=oldest", country).then()
                .body("events.eventType", contains("TreatyRatified", "StatementRecorded", "TreatyActionCorrected"));
    }

    @Test
    void known_at_gives_the_log_as_it_stood_at_that_instant() {
        String statementRecorded = RestAssured.get("/api/audit/events?country={c}", country).path("events[1].recordedAt");

        RestAssured.get("/api/audit/events?country={c}&knownAt={k}", country, statementRecorded).then()
                .statusCode(200)
                .body("events.eventType", contains("TreatyRatified", "StatementRecorded"));
        RestAssured.get("/api/audit/events?country={c}&knownAt={k}&order=newest", country, statementRecorded).then()
                .body("events.eventType", contains("StatementRecorded", "TreatyRatified"));
        RestAssured.get("/api/audit/events?country={c}&knownAt={k}", country, start.minusSeconds(60).toString())
                .then().body("events", hasSize(0));
    }

    @Test
    void each_event_names_its_record_in_words_beside_its_id() throws IOException {
        RestAssured.get("/api/audit/events?country={c}", country).then()
                .body("events.record", contains("CCW-P5: ratified on 2008-09-30",
                        "statement of 2008-01-17 at CCW GGE", "CCW-P5: ratified on 2008-09-29"))
                .body("events[1].aggregateId", equalTo(statementId));
        String csv = RestAssured.given().accept("text/csv").get("/api/audit/events?country={c}", country).asString();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            assertThat(rows.readAll()).extracting(row -> row.get("record"))
                    .containsExactly("CCW-P5: ratified on 2008-09-30", "statement of 2008-01-17 at CCW GGE",
                            "CCW-P5: ratified on 2008-09-29");
        }
    }

    @Test
    void a_bad_order_before_or_known_at_is_refused_naming_each() {
        RestAssured.get("/api/audit/events?order=sideways&before=0&knownAt=yesterday").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("order", "before", "knownAt"));
    }
}
