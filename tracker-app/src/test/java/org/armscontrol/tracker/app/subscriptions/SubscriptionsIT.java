package org.armscontrol.tracker.app.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.armscontrol.tracker.app.TrackerApplication;
import org.armscontrol.tracker.app.subscriptions.EventStreamClient.ServerSentEvent;
import org.armscontrol.tracker.testsupport.TestDatabaseInitializer;
import org.armscontrol.tracker.testsupport.TestUsersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Subscriptions end to end, over real HTTP on a real PostgreSQL: a stream client and webhook receivers (a JDK HTTP
 * server in the test) are told of the changes written through the write API. Retries wait milliseconds here.
 */
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.demo-data.enabled=false",
                "tracker.subscriptions.webhooks.initial-backoff=200ms",
                "tracker.subscriptions.webhooks.max-backoff=400ms",
                "tracker.subscriptions.webhooks.max-attempts=4",
                "tracker.subscriptions.webhooks.poll-interval=50ms",
                // The receivers of these tests (WebhookReceiver): one loopback address, on any unprivileged port.
                "tracker.subscriptions.webhooks.allowed-networks=" + WebhookReceiver.ADDRESS + "/32",
                "tracker.subscriptions.webhooks.allowed-ports=80,443,1024-65535",
                "tracker.subscriptions.stream.heartbeat=500ms",
                // Small, so that a resume from far back takes several connections.
                "tracker.subscriptions.stream.max-resume=5"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestUsersInitializer.class})
class SubscriptionsIT {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointRestAssuredAtTheApplication() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a_stream_client_following_a_country_is_sent_its_changes_and_no_other_country_s() throws Exception {
        try (EventStreamClient client = EventStreamClient.connect(port, "?country=LTU", "analyst", null)) {
            statement("EST", "CCM", "Estonia is not following this.");
            String participation = treatyAction("LTU", "CCM", "SIGNED", "2008-12-03");

            ServerSentEvent event = client.next(SOON);
            assertThat(event).as("a change of LTU").isNotNull();
            assertThat(event.event()).isEqualTo("change");
            JsonNode change = JSON.readTree(event.data());
            assertThat(event.id()).isEqualTo(change.get("globalIndex").asText());
            assertThat(change.get("country").asText()).as("Estonia's earlier change was not sent").isEqualTo("LTU");
            assertThat(change.get("countryName").asText()).isEqualTo("Lithuania");
            assertThat(change.get("eventType").asText()).isEqualTo("TreatySigned");
            assertThat(change.get("recordId").asText()).isEqualTo(participation);
            assertThat(change.get("kind").asText()).isEqualTo("TREATY_ACTION");
            assertThat(change.get("change").asText()).isEqualTo("RECORDED");
            assertThat(change.get("instruments").toString()).isEqualTo("[\"CCM\"]");
            assertThat(change.get("date").asText()).isEqualTo("2008-12-03");
            assertThat(change.get("summary").asText()).isEqualTo("Lithuania (LTU) signed CCM on 2008-12-03");
            assertThat(change.get("recordedBy").asText()).isEqualTo("alice");
            assertThat(change.get("recordedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(change.has("reason")).isFalse();

            // Idle, the stream carries heartbeat comments.
            client.comments().clear();
            assertThat(client.comments().poll(SOON.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                    .isEqualTo("heartbeat");
        }
    }

    @Test
    void an_instrument_filter_and_a_reason_for_changes() throws Exception {
        try (EventStreamClient client = EventStreamClient.connect(port, "?instrument=NPT", "entry", null)) {
            statement("FIN", "CCM", "Not about NPT.");
            String id = statement("FIN", "NPT", "About NPT.");
            as("alice").body("{\"reason\": \"Misattributed\"}")
                    .post("/api/statements/{id}/retraction", id).then().statusCode(200);

            JsonNode recorded = JSON.readTree(client.next(SOON).data());
            assertThat(recorded.get("recordId").asText()).isEqualTo(id);
            assertThat(recorded.get("kind").asText()).isEqualTo("STATEMENT");
            JsonNode retracted = JSON.readTree(client.next(SOON).data());
            assertThat(retracted.get("eventType").asText()).isEqualTo("StatementRetracted");
            assertThat(retracted.get("change").asText()).isEqualTo("RETRACTED");
            // The retraction names no instrument: it is found in the statement's earlier events.
            assertThat(retracted.get("instruments").toString()).isEqualTo("[\"NPT\"]");
            assertThat(retracted.get("reason").asText()).isEqualTo("Misattributed");
        }
    }

    @Test
    void votes_and_their_corrections_are_changes_of_the_instruments_they_concern() throws Exception {
        try (EventStreamClient client = EventStreamClient.connect(port, "?instrument=CCM&country=MLT", "analyst",
                null)) {
            String voteId = as("alice").body("""
                            {"country": "MLT", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                             "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""")
                    .post("/api/votes").then().statusCode(201).extract().path("voteId");
            as("bob").body("""
                            {"vote": "ABSTAIN", "reason": "The official record lists an abstention",
                             "source": {"citation": "Official record A/79/PV.48"}}""")
                    .post("/api/votes/{id}/corrections", voteId).then().statusCode(200);

            JsonNode recorded = JSON.readTree(client.next(SOON).data());
            assertThat(recorded.get("kind").asText()).isEqualTo("VOTE");
            assertThat(recorded.get("recordId").asText()).isEqualTo(voteId);
            assertThat(recorded.get("summary").asText()).contains("voted YES on A/RES/79/56");
            JsonNode corrected = JSON.readTree(client.next(SOON).data());
            assertThat(corrected.get("change").asText()).isEqualTo("CORRECTED");
            // The correction names no instrument: it is found in the vote's earlier event.
            assertThat(corrected.get("instruments").toString()).isEqualTo("[\"CCM\"]");
            assertThat(corrected.get("reason").asText()).isEqualTo("The official record lists an abstention");
        }
    }

    @Test
    void voids_of_a_vote_a_stockpile_and_a_reservation_are_changes_voided_with_their_reason() throws Exception {
        String voidBody = "{\"reason\": \"Recorded in error\", \"source\": {\"citation\": \"UNTC\"}}";
        try (EventStreamClient client = EventStreamClient.connect(port, "?country=MCO", "analyst", null)) {
            String voteId = as("alice").body("""
                            {"country": "MCO", "resolution": "A/RES/79/56", "date": "2024-12-02", "vote": "YES",
                             "instruments": ["CCM"], "source": {"citation": "UN Digital Library, voting record"}}""")
                    .post("/api/votes").then().statusCode(201).extract().path("voteId");
            as("alice").body(voidBody).post("/api/votes/{id}/voids", voteId).then().statusCode(200);
            as("alice").body("""
                            {"country": "MCO", "weaponSystem": "RBK-500", "category": "CLUSTER_MUNITION",
                             "status": "IN_SERVICE", "date": "2004-01-01", "source": {"citation": "Jane's"}}""")
                    .post("/api/stockpile-declarations").then().statusCode(201);
            as("alice").body(voidBody).post("/api/stockpiles/MCO/RBK-500/voids").then().statusCode(200);
            treatyAction("MCO", "CCW", "ACCEDED", "1997-08-06");
            String reservation = as("alice").body("""
                            {"kind": "DECLARATION", "text": "Recorded under the wrong state", "date": "1997-08-06",
                             "source": {"citation": "UNTC"}}""")
                    .post("/api/participations/MCO/CCW/reservations").then().statusCode(201)
                    .extract().path("reservationId");
            as("alice").body(voidBody).post("/api/participations/MCO/CCW/reservations/{r}/voids", reservation)
                    .then().statusCode(200);

            List<JsonNode> changes = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                changes.add(JSON.readTree(client.next(SOON).data()));
            }
            List<JsonNode> voids = changes.stream().filter(c -> c.get("change").asText().equals("VOIDED")).toList();
            assertThat(voids).extracting(c -> c.get("eventType").asText())
                    .containsExactly("VoteVoided", "StockpileDeclarationVoided", "ReservationVoided");
            assertThat(voids).extracting(c -> c.get("recordId").asText())
                    .containsExactly(voteId, "MCO:RBK-500", "MCO:CCW");
            assertThat(voids).extracting(c -> c.get("kind").asText())
                    .containsExactly("VOTE", "STOCKPILE_DECLARATION", "RESERVATION");
            // The voids of a vote and a stockpile name no instrument: found in the record's earlier events.
            assertThat(voids).extracting(c -> c.get("instruments").toString())
                    .containsExactly("[\"CCM\"]", "[\"CCM\"]", "[\"CCW\"]");
            assertThat(voids).extracting(c -> c.get("date").asText())
                    .containsExactly("2024-12-02", "2004-01-01", "1997-08-06");
            assertThat(voids).allSatisfy(c -> assertThat(c.get("reason").asText()).isEqualTo("Recorded in error"));
            assertThat(voids.get(0).get("summary").asText()).isEqualTo("Void: Monaco (MCO) vote on A/RES/79/56 "
                    + "recorded in error");
        }
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_what_it_missed_then_the_live_changes() throws Exception {
        for (int i = 0; i < 12; i++) {
            statement("ISL", "CCM", "Iceland, number " + i);
        }
        statement("DNK", "CCM", "Said while nobody listened.");

        // As EventSource does: reconnect with the last id seen, here the one of each 'resume' that ends a stream.
        String lastEventId = "0";
        ServerSentEvent missed = null;
        int connections = 0;
        while (missed == null) {
            assertThat(++connections).as("connections").isLessThan(20);
            try (EventStreamClient client = EventStreamClient.connect(port, "?country=DNK", "analyst", lastEventId)) {
                while (missed == null) {
                    ServerSentEvent event = client.next(SOON);
                    assertThat(event).as("the stream either ends after a 'resume' or sends the change").isNotNull();
                    if (event.event().equals("resume")) {
                        assertThat(JSON.readTree(event.data()).get("more").asBoolean()).isTrue();
                        assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(lastEventId));
                        lastEventId = event.id();
                        assertThat(client.next(SOON)).as("then the stream ends").isEqualTo(ServerSentEvent.END);
                        break;
                    }
                    assertThat(event.event()).isEqualTo("change");
                    missed = event;
                }
            }
        }
        assertThat(connections).as("at most 5 events looked at per connection").isGreaterThan(2);
        assertThat(JSON.readTree(missed.data()).get("summary").asText()).startsWith("Denmark (DNK) statement");

        long after = Long.parseLong(missed.id());
        try (EventStreamClient client = EventStreamClient.connect(port, "?country=DNK", "analyst",
                Long.toString(after))) {
            statement("DNK", "CCM", "Said while listened to.");
            ServerSentEvent event = client.next(SOON);
            assertThat(event.event()).isEqualTo("change");
            assertThat(Long.parseLong(event.id())).as("nothing before the Last-Event-ID again").isGreaterThan(after);
            assertThat(JSON.readTree(event.data()).get("summary").asText()).contains("statement at A meeting");
        }
    }

    @Test
    void a_webhook_receives_each_change_it_follows_signed_with_its_secret() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath webhook = as("analyst").body("{\"url\": \"%s\", \"country\": \"NOR\"}".formatted(receiver.url()))
                    .post("/api/subscriptions/webhooks").then().statusCode(201)
                    .body("url", equalTo(receiver.url()))
                    .body("country", equalTo("NOR"))
                    .body("secret", matchesPattern("[0-9a-f]{64}"))
                    .body("createdBy", equalTo("analyst"))
                    .extract().jsonPath();
            String id = webhook.getString("id");
            String secret = webhook.getString("secret");

            statement("SWE", "CCM", "Sweden: not followed.");
            String statement = statement("NOR", "CCM", "Norway: followed.");

            await().atMost(SOON).until(() -> !receiver.received().isEmpty());
            Thread.sleep(500);
            assertThat(receiver.received()).as("Sweden's change was not sent").hasSize(1);
            WebhookReceiver.Received delivery = receiver.received().get(0);
            assertThat(delivery.method()).isEqualTo("POST");
            assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
            JsonNode change = JSON.readTree(delivery.body());
            assertThat(change.get("recordId").asText()).isEqualTo(statement);
            assertThat(change.get("country").asText()).isEqualTo("NOR");
            assertThat(delivery.header("X-Tracker-Event-Id")).isEqualTo(change.get("globalIndex").asText());
            assertSignedWith(secret, delivery);

            await().atMost(SOON).untilAsserted(() -> as("analyst").get("/api/subscriptions/webhooks/{id}/deliveries", id)
                    .then().statusCode(200)
                    .body("deliveries", hasSize(1))
                    .body("deliveries[0].status", equalTo("DELIVERED"))
                    .body("deliveries[0].globalIndex", equalTo(change.get("globalIndex").asInt()))
                    .body("deliveries[0].log", hasSize(1))
                    .body("deliveries[0].log[0].httpStatus", equalTo(200)));
            // The secret is shown once.
            as("analyst").get("/api/subscriptions/webhooks/{id}", id).then().statusCode(200)
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));

            // A rebuild of the read models sends nothing again.
            as("admin").post("/api/admin/projections/replay").then().statusCode(202);
            ReadModelsCaughtUp.await(() -> as("admin"), Duration.ofSeconds(30));
            Thread.sleep(500);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void a_failed_delivery_is_retried_with_back_off_and_each_attempt_is_logged() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(500, 500, 200)) {
            String secret = "a-secret-of-our-own-choosing";
            String id = as("analyst").body("""
                            {"url": "%s", "instrument": "ATT", "secret": "%s"}""".formatted(receiver.url(), secret))
                    .post("/api/subscriptions/webhooks").then().statusCode(201)
                    .body("secret", equalTo(secret)).extract().path("id");

            statement("CAN", "ATT", "Canada on the ATT.");

            await().atMost(SOON).untilAsserted(() -> as("analyst").get("/api/subscriptions/webhooks/{id}/deliveries", id)
                    .then().statusCode(200)
                    .body("deliveries", hasSize(1))
                    .body("deliveries[0].status", equalTo("DELIVERED"))
                    .body("deliveries[0].attempts", equalTo(3))
                    .body("deliveries[0].log.httpStatus", equalTo(List.of(500, 500, 200)))
                    .body("deliveries[0].log.attempt", equalTo(List.of(1, 2, 3)))
                    .body("deliveries[0].log[0].error", equalTo("the receiver answered 500"))
                    .body("deliveries[0].log[0].nextRetryAt", org.hamcrest.Matchers.notNullValue())
                    .body("deliveries[0].log[1].nextRetryAt", org.hamcrest.Matchers.notNullValue())
                    .body("deliveries[0].log[2]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nextRetryAt")))
                    .body("deliveries[0].log[0].durationMs", org.hamcrest.Matchers.greaterThanOrEqualTo(0)));
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::body).containsOnly(
                    receiver.received().get(0).body());
            for (WebhookReceiver.Received attempt : receiver.received()) {
                assertSignedWith(secret, attempt);
            }
        }
    }

    @Test
    void a_delivery_that_never_succeeds_is_marked_failed_after_the_last_attempt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(503, 503, 503, 503, 503)) {
            String id = as("analyst").body("{\"url\": \"%s\", \"country\": \"CHL\"}".formatted(receiver.url()))
                    .post("/api/subscriptions/webhooks").then().statusCode(201).extract().path("id");

            statement("CHL", "CCM", "Chile.");

            await().atMost(SOON).untilAsserted(() -> as("analyst").get("/api/subscriptions/webhooks/{id}/deliveries", id)
                    .then().statusCode(200)
                    .body("deliveries[0].status", equalTo("FAILED"))
                    .body("deliveries[0].log", hasSize(4)));
            Thread.sleep(600);
            assertThat(receiver.received()).as("max-attempts").hasSize(4);
        }
    }

    @Test
    void webhooks_are_their_owner_s_and_admins_see_them_all() {
        var created = as("auditor").body("{\"url\": \"https://receiver.example/hook\"}")
                .post("/api/subscriptions/webhooks").then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/subscriptions/webhooks/" + id);

        as("auditor").get("/api/subscriptions/webhooks").then().statusCode(200)
                .body("webhooks.id", org.hamcrest.Matchers.hasItem(id));
        as("entry").get("/api/subscriptions/webhooks").then().statusCode(200)
                .body("webhooks.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        as("entry").get("/api/subscriptions/webhooks/{id}/deliveries", id).then().statusCode(404);
        as("entry").delete("/api/subscriptions/webhooks/{id}", id).then().statusCode(404)
                .body("detail", equalTo("you have no webhook " + id + "; GET /api/subscriptions/webhooks lists yours"));
        as("admin").get("/api/subscriptions/webhooks").then().statusCode(200)
                .body("webhooks.id", org.hamcrest.Matchers.hasItem(id));

        as("auditor").delete("/api/subscriptions/webhooks/{id}", id).then().statusCode(204);
        as("auditor").get("/api/subscriptions/webhooks/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The forms of issue 18: none may be registered, whatever the role (the operator allowed 127.0.0.2 only). */
    @Test
    void webhooks_may_not_call_loopback_private_link_local_multicast_or_unspecified_addresses_in_any_spelling() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                "http://127.0.0.1:15432/", "http://localhost:8080/actuator", "http://localhost./",
                "http://[::1]/", "http://0.0.0.0/", "http://[::]/", "http://2130706433/", "http://0x7f000001/",
                "http://017700000001/", "http://127.1/", "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:169.254.169.254]/", "http://172.16.0.1/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
                "http://" + WebhookReceiver.ADDRESS + ":99999/hook", "http://" + WebhookReceiver.ADDRESS + ":0/")) {
            for (String user : List.of("analyst", "admin")) {
                as(user).body("{\"url\": \"%s\"}".formatted(url)).post("/api/subscriptions/webhooks").then()
                        .statusCode(400).contentType("application/problem+json").body("field", equalTo("url"));
            }
        }
    }

    @Test
    void a_connection_failure_is_logged_with_one_generic_text_that_does_not_tell_closed_from_open_ports()
            throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName(WebhookReceiver.ADDRESS))) {
            closedPort = socket.getLocalPort();
        }
        String id = as("dave").body("{\"url\": \"http://%s:%d/hook\", \"country\": \"PRY\"}"
                        .formatted(WebhookReceiver.ADDRESS, closedPort))
                .post("/api/subscriptions/webhooks").then().statusCode(201).extract().path("id");

        statement("PRY", "CCM", "Paraguay.");

        await().atMost(SOON).untilAsserted(() -> as("dave").get("/api/subscriptions/webhooks/{id}/deliveries", id)
                .then().statusCode(200)
                .body("deliveries[0].status", equalTo("FAILED"))
                .body("deliveries[0].log.error", org.hamcrest.Matchers.everyItem(equalTo(
                        "no answer from the receiver (it could not be reached, or the connection failed or timed out)"))));
        as("dave").delete("/api/subscriptions/webhooks/{id}", id).then().statusCode(204);
    }

    @Test
    void one_user_may_have_20_webhooks_and_the_21st_is_a_409_naming_the_rule() {
        String body = "{\"url\": \"https://receiver.example/hook\", \"country\": \"TUV\"}";
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(as("carol").body(body).post("/api/subscriptions/webhooks").then().statusCode(201)
                    .extract().path("id"));
        }

        as("carol").body(body).post("/api/subscriptions/webhooks").then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("WEBHOOKS_PER_USER"))
                .body("detail", org.hamcrest.Matchers.containsString("max-per-user"));
        // Per user: another may still register; and carol may once she removed one.
        String bobs = as("bob").body(body).post("/api/subscriptions/webhooks").then().statusCode(201)
                .extract().path("id");
        as("carol").delete("/api/subscriptions/webhooks/{id}", ids.remove(0)).then().statusCode(204);
        ids.add(as("carol").body(body).post("/api/subscriptions/webhooks").then().statusCode(201).extract().path("id"));

        ids.forEach(id -> as("carol").delete("/api/subscriptions/webhooks/{id}", id).then().statusCode(204));
        as("bob").delete("/api/subscriptions/webhooks/{id}", bobs).then().statusCode(204);
    }

    @Test
    void bad_registrations_and_bad_stream_filters_are_400_naming_the_field() {
        for (String url : List.of("ftp://receiver.example/hook", "/hook", "receiver.example/hook",
                "http://user:pass@receiver.example/hook", "http://", "not a url")) {
            as("analyst").body("{\"url\": \"%s\"}".formatted(url)).post("/api/subscriptions/webhooks").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("url"));
        }
        as("analyst").body("{}").post("/api/subscriptions/webhooks").then().statusCode(400)
                .body("field", equalTo("url"));
        as("analyst").body("{\"url\": \"https://receiver.example/hook\", \"country\": \"blr\"}")
                .post("/api/subscriptions/webhooks").then().statusCode(400).body("field", equalTo("country"));
        as("analyst").body("{\"url\": \"https://receiver.example/hook\", \"instrument\": \"NOPE\"}")
                .post("/api/subscriptions/webhooks").then().statusCode(400).body("field", equalTo("instrument"));
        as("analyst").body("{\"url\": \"https://receiver.example/hook\", \"secret\": \"short\"}")
                .post("/api/subscriptions/webhooks").then().statusCode(400).body("field", equalTo("secret"));
        as("analyst").body("{\"url\": \"https://receiver.example/hook\", \"colour\": \"red\"}")
                .post("/api/subscriptions/webhooks").then().statusCode(400).body("field", equalTo("colour"));

        streamRequest().queryParam("country", "blr").get("/api/subscriptions/stream").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("country"));
        streamRequest().queryParam("instrument", "NOPE").get("/api/subscriptions/stream").then().statusCode(400)
                .body("field", equalTo("instrument"));
        streamRequest().header("Last-Event-ID", "yesterday").get("/api/subscriptions/stream").then()
                .statusCode(400).body("field", equalTo("Last-Event-ID"));
    }

    private static RequestSpecification streamRequest() {
        return RestAssured.given().auth().preemptive().basic("analyst", "analyst").accept("text/event-stream");
    }

    private static void assertSignedWith(String secret, WebhookReceiver.Received delivery) throws Exception {
        String timestamp = delivery.header("X-Tracker-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000,
                org.assertj.core.data.Offset.offset(60L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(delivery.header("X-Tracker-Signature")).isEqualTo(expected);
    }

    private static RequestSpecification as(String user) {
        return RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic(user, user);
    }

    /** Records a treaty action as alice; returns its participation id. */
    private static String treatyAction(String country, String instrument, String action, String date) {
        as("alice").body("""
                        {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s",
                         "source": {"citation": "UN Treaty Collection"}}""".formatted(country, instrument, action, date))
                .post("/api/treaty-actions").then().statusCode(201);
        return country + ":" + instrument;
    }

    /** Records a statement as alice; returns its id. */
    private static String statement(String country, String instrument, String summary) {
        return as("alice").body("""
                        {"country": "%s", "date": "2020-01-17", "forum": "A meeting", "instruments": ["%s"],
                         "stance": "SUPPORTS", "summary": "%s", "source": {"citation": "Notes"}}"""
                        .formatted(country, instrument, summary))
                .post("/api/statements").then().statusCode(201).extract().path("statementId");
    }
}
