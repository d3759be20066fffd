package org.armscontrol.tracker.command.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and mutated bodies against every write endpoint: never a 5xx, and the event store grows by
 * exactly one event for each 2xx answer and not at all otherwise. The run is reproducible: {@code -Dfuzz.seed=}
 * replays one (the seed is printed), {@code -Dfuzz.requests=} sets the requests per endpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT extends CommandSideIntegrationTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("fuzz.requests", 400);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("entry:entry".getBytes(StandardCharsets.UTF_8));

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Map<String, Object>> templates = new LinkedHashMap<>();

    @BeforeAll
    void recordTheTargetsOfThePathEndpoints() {
        RestAssured.port = port;
        String country = freshCountry();
        asAlice().body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                         "source": {"citation": "UNTC"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        String statement = asAlice().body("""
                        {"country": "%s", "date": "2008-01-17", "forum": "CCW GGE", "instruments": ["CCW"],
                         "stance": "CONDITIONAL", "summary": "Protocol V suffices.", "source": {"citation": "WILPF"}}"""
                        .formatted(country))
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
        asAlice().body("""
                        {"country": "%s", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION", "quantity": 5000,
                         "status": "IN_SERVICE", "date": "2004-01-01", "source": {"citation": "Jane's"}}"""
                        .formatted(country))
                .post("/api/stockpile-declarations").then().statusCode(201);

        Map<String, Object> source = Map.of("citation", "UN Treaty Collection", "url", "https://treaties.un.org");
        templates.put("/api/treaty-actions", body("country", country, "instrument", "CCM", "action", "RATIFIED",
                "date", "2010-02-16", "source", source, "note", "deposited"));
        templates.put("/api/participations/" + country + "/CCM/corrections", body("action", "SIGNED",
                "date", "2008-12-04", "reason", "Checked", "source", source));
        templates.put("/api/statements", body("country", country, "date", "2008-04-08", "forum", "CCW GGE",
                "location", "Geneva", "speaker", "Ambassador", "instruments", List.of("CCW", "CCM"),
                "stance", "OPPOSES", "summary", "Not universal.", "quote", "“Not universal”", "source", source));
        templates.put("/api/statements/" + statement + "/amendments", body("stance", "OPPOSES",
                "summary", "Amended summary", "reason", "Re-read"));
        templates.put("/api/statements/" + statement + "/retraction", body("reason", "Misattributed",
                "source", source));
        templates.put("/api/stockpile-declarations", body("country", country, "weaponSystem", "KMGU",
                "category", "CLUSTER_MUNITION", "quantity", 12, "status", "POSSESSED", "origin", "USSR",
                "date", "2005-01-01", "datePrecision", "YEAR", "source", source));
        templates.put("/api/stockpiles/" + country + "/RBK-500/destructions", body("quantityDestroyed", 3,
                "date", "2012-06-30", "source", source, "note", "Article 7"));
        templates.put("/api/stockpiles/" + country + "/RBK-500/revisions", body("quantity", 4999,
                "reason", "Recount"));
    }

    @Test
    void no_random_body_causes_a_server_error_or_writes_unless_accepted() throws Exception {
        System.out.println("FuzzIT seed " + SEED + ", " + REQUESTS_PER_ENDPOINT + " requests per endpoint");
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, Map<String, Object>> endpoint : templates.entrySet()) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                byte[] body = mutate(endpoint.getValue());
                long before = events();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder()
                                .uri(URI.create("http://localhost:" + port + endpoint.getKey()))
                                .header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json")
                                .header("Authorization", ENTRY)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long written = events() - before;
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String request = endpoint.getKey() + " " + new String(body, StandardCharsets.UTF_8);
                assertThat(status).as("status of %s: %s", request, response.body()).isLessThan(500);
                assertThat(written).as("events written by %s answered %d", request, status)
                        .isEqualTo(status / 100 == 2 ? 1 : 0);
                // Refusals explain in the API's terms: no Java type or package of Jackson's messages leaks out.
                assertThat(response.body()).as("answer to %s", request)
                        .doesNotContainPattern("java\\.|jakarta\\.|com\\.fasterxml|org\\.springframework|org\\.armscontrol");
            }
        }
        System.out.println("FuzzIT answers by status: " + statuses);
        assertThat(statuses.keySet()).as("some accepted, some refused").contains(400).anyMatch(s -> s / 100 == 2);
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class);
        return count == null ? 0 : count;
    }

    /** A body: the template, mutated in one to three ways, or raw garbage now and then. */
    private byte[] mutate(Map<String, Object> template) throws Exception {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return garbage();
        }
        Map<String, Object> body = new LinkedHashMap<>(template);
        int mutations = kind < 15 ? 0 : 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<String> fields = new ArrayList<>(body.keySet());
            String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> body.remove(field);
                case 1 -> body.put("unexpected" + random.nextInt(3), randomValue());
                case 2 -> {
                    if (body.get(field) instanceof Map<?, ?> nested) {
                        Map<String, Object> changed = new LinkedHashMap<>();
                        nested.forEach((k, v) -> changed.put((String) k, v));
                        changed.put(random.nextBoolean() ? "citation" : "url", randomValue());
                        body.put(field, changed);
                    } else {
                        body.put(field, randomValue());
                    }
                }
                default -> body.put(field, randomValue());
            }
        }
        byte[] json = JSON.writeValueAsBytes(body);
        if (random.nextInt(25) == 0) {
            return java.util.Arrays.copyOf(json, random.nextInt(json.length));
        }
        return json;
    }

    private Object randomValue() {
        return switch (random.nextInt(22)) {
            case 0 -> null;
            case 1 -> random.nextInt();
            case 2 -> random.nextDouble() * 1e12 - 5e11;
            case 3 -> random.nextBoolean();
            case 4 -> List.of("CCW", random.nextInt(5));
            case 5 -> Map.of("a", random.nextInt());
            case 6 -> "";
            case 7 -> "   ";
            case 8 -> "x".repeat(1 + random.nextInt(12_000));
            case 9 -> "bell\u0007 and \u0000 nul";
            case 10 -> "<script>alert(1)</script>'; DROP TABLE event_store.events; --";
            case 11 -> "\uD83D\uDCA3 Ω ß \u202E";
            case 12 -> pick("2008-02-30", "2099-01-01", "1944-12-31", "2008-09-29T00:00:00Z", "29/09/2008",
                    "2008-9-29", "1945-01-01", "2003-11-28", "2024-09-06");
            case 13 -> pick("BLR", "blr", "XXX", "ZZZ", " BLR", "BY", "LTU", "UKR");
            case 14 -> pick("CCM", "CCW", "CCW-P5", "NSG", "ccm", "NOPE", "UNSCR-1540");
            case 15 -> pick("SIGNED", "RATIFIED", "ACCEDED", "WITHDREW", "JOINED", "LEFT", "ADHERED", "signed");
            case 16 -> pick("SUPPORTS", "OPPOSES", "UNCLEAR", "MAYBE");
            case 17 -> pick("DAY", "MONTH", "YEAR", "WEEK");
            case 18 -> pick("IN_SERVICE", "DESTROYED", "CLUSTER_MUNITION", "OTHER");
            case 19 -> -1 - random.nextInt(100);
            case 20 -> Long.MAX_VALUE;
            default -> pick("https://example.org", "ftp://x", "javascript:alert(1)", "not a url");
        };
    }

    private byte[] garbage() {
        return switch (random.nextInt(6)) {
            case 0 -> new byte[0];
            case 1 -> "null".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            case 3 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> "{\"country\": \"BLR\", \"country\": \"LTU\"}".getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(300)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
