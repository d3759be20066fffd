package org.armscontrol.tracker.command.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Bodies that cannot be taken at all: too large, not UTF-8, with control characters. Nothing is written. */
class BadInputIT extends CommandSideIntegrationTest {

    @Test
    void a_body_over_the_size_limit_is_413_whether_or_not_it_says_its_length() throws Exception {
        String country = freshCountry();
        String huge = "x".repeat(300 * 1024);
        String body = statement(country, huge);

        RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/statements").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:position-tracker:problem:payload-too-large"))
                .body("field", equalTo("body"));

        // Sent in chunks, without Content-Length: refused as reading passes the limit.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + "/api/statements"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("entry:entry".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("payload-too-large");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = ?",
                Long.class, country)).isZero();
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_naming_the_body() throws IOException {
        String country = freshCountry();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(statement(country, "caf").getBytes(StandardCharsets.UTF_8), 0,
                statement(country, "caf").indexOf("caf") + 3);
        bytes.write(new byte[]{(byte) 0xC3, (byte) 0x28}); // an invalid two-byte sequence
        bytes.write(statement(country, "caf").substring(statement(country, "caf").indexOf("caf") + 3)
                .getBytes(StandardCharsets.UTF_8));

        RestAssured.given().contentType("application/json; charset=UTF-8").body(bytes.toByteArray())
                .post("/api/statements").then()
                .statusCode(400)
                .body("field", equalTo("body"))
                .body("detail", containsString("UTF-8"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = ?",
                Long.class, country)).isZero();
    }

    @Test
    void an_overlong_utf8_sequence_is_not_read_as_the_character_it_disguises() throws IOException {
        String country = freshCountry();
        String[] halves = statement(country, "SPLIT").split("SPLIT");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[]{(byte) 0xC0, (byte) 0xBC}); // '<' in two bytes: malformed UTF-8, not '<'
        bytes.write("script>".getBytes(StandardCharsets.UTF_8));
        bytes.write(halves[1].getBytes(StandardCharsets.UTF_8));

        RestAssured.given().contentType("application/json").body(bytes.toByteArray())
                .post("/api/statements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("body"))
                .body("detail", containsString("UTF-8"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = ?",
                Long.class, country)).isZero();
    }

    @Test
    void a_field_given_twice_is_refused_naming_it_rather_than_the_last_one_winning() {
        String country = freshCountry();
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                         "country": "DEU", "source": {"citation": "UN Treaty Collection", "citation": "x"}}"""
                        .formatted(country))
                .post("/api/treaty-actions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("country"))
                .body("detail", containsString("more than once"));
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                         "source": {"citation": "UN Treaty Collection", "citation": "x"}}""".formatted(country))
                .post("/api/treaty-actions").then()
                .statusCode(400)
                .body("field", equalTo("source.citation"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = ?",
                Long.class, country)).isZero();
    }

    @Test
    void a_number_sent_as_a_string_is_refused_naming_the_field_without_java_names() {
        String country = freshCountry();
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": "10",
                         "status": "IN_SERVICE", "date": "2004-01-01", "source": {"citation": "Jane's"}}"""
                        .formatted(country))
                .post("/api/stockpile-declarations").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("quantity"))
                .body("detail", containsString("a whole number"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*(java\\.|Long|Integer|`).*")));
    }

    /** The reverse of a number sent as a string: a number or a boolean where text is expected is not text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "note       | \"note\": 12345, \"source\": {\"citation\": \"UN Treaty Collection\"}",
            "note       | \"note\": true, \"source\": {\"citation\": \"UN Treaty Collection\"}",
            "source.citation | \"source\": {\"citation\": 42.5}"})
    void a_number_or_boolean_where_text_is_expected_is_refused_naming_the_field(String field, String rest) {
        String country = freshCountry();
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03", %s}"""
                        .formatted(country, rest))
                .post("/api/treaty-actions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo(field))
                .body("detail", containsString("a string"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.event_log WHERE payload->>'country' = ?",
                Long.class, country)).isZero();
    }

    @Test
    void problems_about_the_shape_of_a_body_name_no_java_class() {
        for (String body : List.of("[1, 2]", "{\"country\": {\"a\": 1}}", "{\"date\": 17}",
                "{\"instrument\": \"CCM\", \"action\": \"NOPE\"}", "\"text\"")) {
            RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/treaty-actions").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                            "(?s).*(java\\.|org\\.armscontrol|`|Request\\b|ArrayList|LinkedHashMap).*")));
        }
    }

    @Test
    void control_characters_in_text_are_refused_naming_the_field() {
        RestAssured.given().contentType(ContentType.JSON).body(statement(freshCountry(), "bell\\u0007 rings"))
                .post("/api/statements").then()
                .statusCode(400)
                .body("field", equalTo("summary"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            padded country code        | " BLR"  | CCW | CONDITIONAL | Geneva  | 2008-01-17 | country
            unknown country code       | XXX     | CCW | CONDITIONAL | Geneva  | 2008-01-17 | country
            unknown instrument         | BLR     | CCX | CONDITIONAL | Geneva  | 2008-01-17 | instruments[0]
            unknown stance             | BLR     | CCW | AGAINST     | Geneva  | 2008-01-17 | stance
            date not ISO               | BLR     | CCW | CONDITIONAL | Geneva  | 17.01.2008 | date
            date before 1945           | BLR     | CCW | CONDITIONAL | Geneva  | 1944-12-31 | date
            blank location             | BLR     | CCW | CONDITIONAL | '   '   | 2008-01-17 | location
            """)
    void a_bad_field_is_400_naming_it_and_writes_nothing(String why, String country, String instrument,
                                                         String stance, String location, String date,
                                                         String field) {
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class);
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": %s, "date": "%s", "forum": "CCW GGE", "location": "%s", "instruments": ["%s"],
                         "stance": "%s", "summary": "Protocol V suffices.", "source": {"citation": "Notes"}}"""
                        .formatted(country.startsWith("\"") ? country : "\"" + country + "\"", date, location,
                                instrument, stance))
                .post("/api/statements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class)).isEqualTo(before);
    }

    @Test
    void dates_before_the_instrument_opened_or_out_of_order_break_rules_and_write_nothing() {
        String country = freshCountry();
        RestAssured.given().contentType(ContentType.JSON).body(action(country, "SIGNED", "2008-12-02"))
                .post("/api/treaty-actions").then()
                .statusCode(409).body("rule", equalTo("BEFORE_INSTRUMENT_OPENED")).body("field", equalTo("date"));
        RestAssured.given().contentType(ContentType.JSON).body(action(country, "SIGNED", "2009-01-15"))
                .post("/api/treaty-actions").then().statusCode(201);
        RestAssured.given().contentType(ContentType.JSON).body(action(country, "RATIFIED", "2009-01-10"))
                .post("/api/treaty-actions").then()
                .statusCode(409).body("rule", equalTo("OUT_OF_ORDER")).body("field", equalTo("date"));
        assertThat(eventCount(country + ":CCM")).isEqualTo(1);
    }

    @Test
    void over_long_texts_are_refused_naming_the_field() {
        String country = freshCountry();
        RestAssured.given().contentType(ContentType.JSON).body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE", "instruments": ["CCW"],
                         "stance": "CONDITIONAL", "summary": "%s", "source": {"citation": "%s"}}"""
                        .formatted(country, "s".repeat(10_001), "c".repeat(2_001)))
                .post("/api/statements").then()
                .statusCode(400)
                .body("errors.field", hasItems("summary", "source.citation"));
    }

    private static String statement(String country, String summary) {
        return """
                {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE", "instruments": ["CCW"],
                 "stance": "CONDITIONAL", "summary": "%s", "source": {"citation": "Notes"}}"""
                .formatted(country, summary);
    }

    private static String action(String country, String action, String date) {
        return """
                {"country": "%s", "instrument": "CCM", "action": "%s", "date": "%s",
                 "source": {"citation": "UN Treaty Collection"}}""".formatted(country, action, date);
    }

    private static InputStream stream(String body) {
        return new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
