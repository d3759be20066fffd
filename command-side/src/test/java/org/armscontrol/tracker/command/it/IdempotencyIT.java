package org.armscontrol.tracker.command.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The Idempotency-Key header: a repeated write writes nothing new; a reused key with another body is refused. */
class IdempotencyIT extends CommandSideIntegrationTest {

    private static String joining(String country, String year) {
        return """
                {"country": "%s", "instrument": "NSG", "action": "JOINED", "date": "%s-01-01", "datePrecision": "YEAR",
                 "source": {"citation": "Ministry of Foreign Affairs"}}""".formatted(country, year);
    }

    @Test
    void the_same_key_with_the_same_body_returns_the_first_answer_and_writes_nothing_new() {
        String country = freshCountry();
        String key = UUID.randomUUID().toString();
        asAlice().header("Idempotency-Key", key).body(joining(country, "2000")).post("/api/treaty-actions")
                .then().statusCode(201).body("version", equalTo(0));
        asAlice().header("Idempotency-Key", key).body(joining(country, "2000")).post("/api/treaty-actions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("participationId", equalTo(country + ":NSG")).body("version", equalTo(0));
        assertThat(eventCount(country + ":NSG")).isEqualTo(1);
    }

    @Test
    void a_new_statement_sent_twice_with_one_key_is_recorded_once_under_one_id() {
        String key = UUID.randomUUID().toString();
        String body = StatementsIT.JANUARY_2008.formatted(freshCountry());
        String first = asAlice().header("Idempotency-Key", key).body(body).post("/api/statements")
                .then().statusCode(201).extract().path("statementId");
        String second = asAlice().header("Idempotency-Key", key).body(body).post("/api/statements")
                .then().statusCode(201).extract().path("statementId");
        assertThat(second).isEqualTo(first);
        assertThat(eventCount(first)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_writes_nothing() {
        String country = freshCountry();
        String key = UUID.randomUUID().toString();
        asAlice().header("Idempotency-Key", key).body(joining(country, "2000")).post("/api/treaty-actions")
                .then().statusCode(201);
        asAlice().header("Idempotency-Key", key).body(joining(freshCountry(), "2001")).post("/api/treaty-actions")
                .then().statusCode(422).body("field", equalTo("Idempotency-Key"));
        assertThat(eventCount(country + ":NSG")).isEqualTo(1);
    }

    @Test
    void a_refused_write_does_not_consume_its_key() {
        String country = freshCountry();
        String key = UUID.randomUUID().toString();
        asAlice().header("Idempotency-Key", key).body(joining(country, "2999")).post("/api/treaty-actions")
                .then().statusCode(409);
        asAlice().header("Idempotency-Key", key).body(joining(country, "2999")).post("/api/treaty-actions")
                .then().statusCode(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.idempotency_keys WHERE idempotency_key = ?",
                Long.class, key)).isZero();
    }

    @Test
    void concurrent_requests_with_one_key_write_once() throws Exception {
        String country = freshCountry();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> asAlice().header("Idempotency-Key", key).body(joining(country, "2000"))
                    .post("/api/treaty-actions"));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> response : pool.invokeAll(requests)) {
            statuses.add(response.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201);
        assertThat(eventCount(country + ":NSG")).isEqualTo(1);
    }

    @Test
    void a_malformed_key_is_a_bad_request() {
        asAlice().header("Idempotency-Key", "has spaces in it").body(joining(freshCountry(), "2000"))
                .post("/api/treaty-actions").then().statusCode(400).body("field", equalTo("Idempotency-Key"));
    }
}
