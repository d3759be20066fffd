package org.armscontrol.tracker.command.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
    void control_characters_in_text_are_refused_naming_the_field() {
        RestAssured.given().contentType(ContentType.JSON).body(statement(freshCountry(), "bell\\u0007 rings"))
                .post("/api/statements").then()
                .statusCode(400)
                .body("field", equalTo("summary"));
    }

    private static String statement(String country, String summary) {
        return """
                {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE", "instruments": ["CCW"],
                 "stance": "CONDITIONAL", "summary": "%s", "source": {"citation": "Notes"}}"""
                .formatted(country, summary);
    }

    private static InputStream stream(String body) {
        return new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
