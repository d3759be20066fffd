package org.armscontrol.tracker.app.reads;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The history and the participants as CSV (Accept: text/csv, or ?format=csv for a download link) and as a JSON
 * download (?format=json): the same answer as the JSON read, row for row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT extends ReadsIntegrationTest {

    private static final String CSV = "text/csv";

    private String country;

    @BeforeAll
    void recordARichHistory() {
        RestAssured.port = port;
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "admin");
        country = recordHistoryWithEveryKindOfChange();
        awaitReadModelsCaughtUp();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_history_as_csv_has_one_row_per_entry_of_the_json_with_the_same_values() throws IOException {
        Response json = RestAssured.get("/api/countries/{c}/history", country);
        json.then().statusCode(200).contentType(ContentType.JSON).header("Content-Disposition", nullValue());
        List<Map<String, Object>> entries = json.path("entries");

        Response csv = RestAssured.given().accept(CSV).get("/api/countries/{c}/history", country);
        csv.then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + country + "-history-"
                        + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        List<Map<String, String>> rows = parse(csv);

        assertThat(entries).hasSize(8);
        // Every row names its state, by code and by the UN's name, as the JSON answer does once.
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("country", json.path("country"))
                .containsEntry("countryName", json.path("countryName")));
        assertThat(csv.asString()).startsWith("id,kind,").contains(",vote,country,countryName,reservationId,");
        assertThat(rows).hasSameSizeAs(entries);
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            Map<String, String> row = rows.get(i);
            Map<String, Object> details = (Map<String, Object>) entry.get("details");
            Map<String, Object> source = (Map<String, Object>) entry.get("source");
            List<Map<String, Object>> changes = (List<Map<String, Object>>) entry.get("changes");
            assertThat(row).as("row %d", i)
                    .containsEntry("id", text(entry.get("id")))
                    .containsEntry("kind", text(entry.get("kind")))
                    .containsEntry("date", text(entry.get("date")))
                    .containsEntry("datePrecision", text(entry.get("datePrecision")))
                    .containsEntry("instruments", String.join(";", (List<String>) entry.get("instruments")))
                    .containsEntry("sourceCitation", text(source.get("citation")))
                    .containsEntry("recordedAt", text(entry.get("recordedAt")))
                    .containsEntry("recordedBy", text(entry.get("recordedBy")))
                    .containsEntry("changes", String.valueOf(changes.size()))
                    .containsEntry("lastChangeReason",
                            changes.isEmpty() ? "" : text(changes.get(changes.size() - 1).get("reason")));
            switch ((String) entry.get("kind")) {
                case "TREATY_ACTION" -> assertThat(row)
                        .containsEntry("action", text(details.get("action")))
                        .containsEntry("status", text(details.get("resultingStatus")))
                        .containsEntry("effectiveDate", text(details.get("effectiveDate")))
                        .containsEntry("originalDate", text(details.get("originalDate")));
                case "STATEMENT" -> assertThat(row)
                        .containsEntry("forum", text(details.get("forum")))
                        .containsEntry("stance", text(details.get("stance")))
                        .containsEntry("summary", text(details.get("summary")))
                        .containsEntry("retracted", text(details.get("retracted")));
                case "STOCKPILE_DECLARATION" -> assertThat(row)
                        .containsEntry("weaponSystem", text(details.get("weaponSystem")))
                        .containsEntry("quantity", text(details.get("quantity")))
                        .containsEntry("status", text(details.get("status")))
                        .containsEntry("origin", text(details.get("origin")));
                default -> assertThat(row)
                        .containsEntry("weaponSystem", text(details.get("weaponSystem")))
                        .containsEntry("quantity", text(details.get("quantityDestroyed")));
            }
        }
        // The corrected ratification: its corrected and original dates, and why it changed.
        assertThat(rows).filteredOn(row -> row.get("id").equals(country + ":CCM#1")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("date", "2010-06-10")
                        .containsEntry("originalDate", "2010-05-10")
                        .containsEntry("lastChangeReason", "Typo in the deposit date"));
        assertThat(rows).extracting(row -> row.get("retracted")).contains("true");
    }

    @Test
    void format_csv_answers_what_accept_text_csv_answers_with_the_same_filters() throws IOException {
        String filters = "instrument=CCM&from=2008-01-01&to=2012-12-31";
        Response byAccept = RestAssured.given().accept(CSV).get("/api/countries/{c}/history?" + filters, country);
        Response byParameter = RestAssured.get("/api/countries/{c}/history?format=csv&" + filters, country);
        byParameter.then().statusCode(200).contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + country + "-history-"
                        + LocalDate.now(ZoneOffset.UTC) + ".csv\"");

        assertThat(byParameter.asByteArray()).isEqualTo(byAccept.asByteArray());
        // The parameter wins over Accept (a link cannot set it).
        assertThat(RestAssured.given().accept(ContentType.JSON)
                .get("/api/countries/{c}/history?format=csv&" + filters, country).asByteArray())
                .isEqualTo(byAccept.asByteArray());
        List<String> jsonIds = RestAssured.get("/api/countries/{c}/history?" + filters, country).path("entries.id");
        assertThat(parse(byAccept)).extracting(row -> row.get("id"))
                .as("the CCM entries from 2008 to 2012: signature, ratification, ...")
                .containsExactlyElementsOf(jsonIds)
                .hasSizeGreaterThan(1);
    }

    @Test
    void format_json_downloads_the_json_answer_as_a_file() {
        String plain = RestAssured.get("/api/countries/{c}/history", country).asString();

        Response download = RestAssured.given().accept(CSV).get("/api/countries/{c}/history?format=json", country);

        download.then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", "attachment; filename=\"" + country + "-history-"
                        + LocalDate.now(ZoneOffset.UTC) + ".json\"");
        assertThat(download.asString()).isEqualTo(plain);
    }

    @Test
    void the_participants_as_csv_are_the_json_participants_and_add_up_to_its_counts() throws IOException {
        String path = "/api/instruments/CCM/participants?asOf=2011-01-01";
        Response json = RestAssured.get(path);
        Map<String, Integer> counts = json.path("counts");
        List<String> countries = json.path("participants.country");
        List<String> names = json.path("participants.countryName");

        Response csv = RestAssured.get(path + "&format=csv");
        csv.then().statusCode(200).contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"CCM-participants-2011-01-01.csv\"");
        List<Map<String, String>> rows = parse(csv);

        assertThat(rows).extracting(row -> row.get("country")).containsExactlyElementsOf(countries).contains(country);
        assertThat(rows).extracting(row -> row.get("countryName")).containsExactlyElementsOf(names)
                .doesNotContainNull().doesNotContain("");
        assertThat(csv.asString()).startsWith("instrument,asOf,knownAt,country,countryName,status,");
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("instrument", "CCM")
                .containsEntry("asOf", "2011-01-01").containsEntry("knownAt", ""));
        Map<String, Long> counted = rows.stream().collect(Collectors.groupingBy(row -> row.get("status"),
                Collectors.counting()));
        counts.forEach((status, count) -> assertThat(counted.getOrDefault(status, 0L)).as(status)
                .isEqualTo(count.longValue()));
        assertThat(rows).filteredOn(row -> row.get("country").equals(country)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("status", "PARTY").containsEntry("since", "2010-06-10")
                        .containsEntry("action", "RATIFIED"));
        assertThat(RestAssured.given().accept(CSV).get(path).asByteArray()).isEqualTo(csv.asByteArray());
    }

    @Test
    void text_that_a_spreadsheet_would_evaluate_is_neutralised_in_csv_and_exact_in_json() throws IOException {
        String other = freshCountry();
        String formula = "=HYPERLINK(\"http://example.org\",\"see\")";
        asAlice().body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "@GGE", "instruments": ["CCW"],
                         "stance": "CONDITIONAL", "summary": "%s", "source": {"citation": "-Notes"}}"""
                        .formatted(other, formula.replace("\"", "\\\"")))
                .post("/api/statements").then().statusCode(201);
        eventually("/api/countries/" + other + "/history",
                history -> history.body("entries[0].details.summary", equalTo(formula)));

        Map<String, String> row = parse(RestAssured.get("/api/countries/{c}/history?format=csv", other)).get(0);

        assertThat(row).containsEntry("summary", "'" + formula).containsEntry("forum", "'@GGE")
                .containsEntry("sourceCitation", "'-Notes");
    }

    @Test
    void an_unknown_format_is_refused_naming_the_field() {
        RestAssured.get("/api/countries/{c}/history?format=xlsx", country).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("format"));
        RestAssured.given().accept(CSV).get("/api/countries/{c}/history?format=CSV", country).then()
                .statusCode(400)
                .body("field", equalTo("format"));
        RestAssured.get("/api/countries/{c}/history?format=xml&from=2008-13-01", country).then()
                .statusCode(400)
                .body("errors.field", contains("from", "format"));
        RestAssured.get("/api/instruments/CCM/participants?format=pdf").then()
                .statusCode(400)
                .body("field", equalTo("format"));
        RestAssured.given().accept(CSV).get("/api/instruments/CCX/participants").then()
                .statusCode(404);
    }

    @Test
    void the_api_document_describes_both_forms_and_the_timelines() {
        RestAssured.get("/v3/api-docs").then()
                .statusCode(200)
                .body("paths.'/api/countries/{country}/history'.get.responses.'200'.content.keySet()",
                        hasItems("application/json", "text/csv"))
                .body("paths.'/api/instruments/{instrument}/participants'.get.parameters.name",
                        hasItem("format"))
                .body("paths.'/api/countries/{country}/status-timeline'.get", notNullValue())
                .body("paths.'/api/instruments/{instrument}/participants/timeline'.get",
                        notNullValue());
    }

    @Test
    void a_reservation_row_gives_its_kind_text_id_the_action_it_accompanied_and_its_withdrawal() throws IOException {
        String other = freshCountry();
        treatyAction(other, "CCM", "SIGNED", "2008-12-03");
        treatyAction(other, "CCM", "RATIFIED", "2010-05-10");
        String reservation = asAlice().body("""
                        {"kind": "DECLARATION", "text": "Applies to all armed conflicts", "date": "2010-05-10",
                         "madeWith": "RATIFIED", "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{c}/CCM/reservations", other).then().statusCode(201)
                .extract().path("reservationId");
        asAlice().body("{\"date\": \"2012-01-01\", \"reason\": \"Withdrawn\", \"source\": {\"citation\": \"UNTC\"}}")
                .post("/api/participations/{c}/CCM/reservations/{r}/withdrawal", other, reservation).then()
                .statusCode(200);
        eventually("/api/countries/" + other + "/history",
                history -> history.body("entries.find { it.kind == 'RESERVATION' }.changes.size()", equalTo(1)));

        Response csv = RestAssured.get("/api/countries/{c}/history?format=csv", other);

        assertThat(csv.asString()).contains(",countryName,reservationId,reservationKind,reservationText,madeWith,"
                + "withdrawnOn\r\n");
        assertThat(parse(csv)).filteredOn(row -> row.get("kind").equals("RESERVATION")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("id", other + ":CCM#2")
                        .containsEntry("reservationId", reservation)
                        .containsEntry("reservationKind", "DECLARATION")
                        .containsEntry("reservationText", "Applies to all armed conflicts")
                        .containsEntry("madeWith", "RATIFIED")
                        .containsEntry("withdrawnOn", "2012-01-01")
                        .containsEntry("changes", "1"));
    }

    /** A JSON value as its CSV cell: empty for null. */
    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<Map<String, String>> parse(Response csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.asByteArray())) {
            return rows.readAll();
        }
    }
}
