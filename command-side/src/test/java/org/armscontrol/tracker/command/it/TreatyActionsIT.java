package org.armscontrol.tracker.command.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

/** {@code POST /api/treaty-actions} and corrections, over HTTP, against PostgreSQL. */
class TreatyActionsIT extends CommandSideIntegrationTest {

    private static String ratification(String country, String date) {
        return """
                {"country": "%s", "instrument": "CCW-P5", "action": "RATIFIED", "date": "%s",
                 "source": {"citation": "Cluster Munition Monitor, country profile"}}""".formatted(country, date);
    }

    @Test
    void ratifying_protocol_v_twice_gives_201_then_409_and_one_readable_event() {
        String country = freshCountry();
        asAlice().header("X-Correlation-Id", "req-protocol-v-1").body(ratification(country, "2008-09-29"))
                .post("/api/treaty-actions")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", "/api/participations/" + country + "/CCW-P5")
                .body("participationId", equalTo(country + ":CCW-P5"))
                .body("version", equalTo(0));

        asAlice().body(ratification(country, "2008-09-29"))
                .post("/api/treaty-actions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("ALREADY_RECORDED"))
                .body("field", equalTo("action"));
        asAlice().body(ratification(country, "2009-09-29"))
                .post("/api/treaty-actions")
                .then().statusCode(409)
                .body("rule", equalTo("ALREADY_PARTY"));

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT payload_type, payload->>'action' AS action, payload->'date'->>'date' AS date,
                       payload->'source'->>'citation' AS citation, payload->>'recordedBy' AS recorded_by,
                       metadata->>'recordedBy' AS meta_recorded_by, metadata->>'correlationId' AS correlation_id
                FROM event_store.event_log WHERE aggregate_id = ?""", country + ":CCW-P5");
        assertThat(row).containsEntry("payload_type", "org.armscontrol.tracker.shared.participation.TreatyRatified")
                .containsEntry("action", "RATIFIED")
                .containsEntry("date", "2008-09-29")
                .containsEntry("citation", "Cluster Munition Monitor, country profile")
                .containsEntry("recorded_by", "alice")
                .containsEntry("meta_recorded_by", "alice")
                .containsEntry("correlation_id", "req-protocol-v-1");
        assertThat(eventCount(country + ":CCW-P5")).isEqualTo(1);
    }

    @Test
    void a_signature_then_ratification_is_versioned_and_a_stale_if_match_is_refused() {
        String country = freshCountry();
        asAlice().body("""
                {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-12-03",
                 "source": {"citation": "UNTC", "url": "https://treaties.un.org/"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(201).body("version", equalTo(0));
        String ratify = """
                {"country": "%s", "instrument": "CCM", "action": "RATIFIED", "date": "2011-03-24",
                 "source": {"citation": "UNTC"}}""".formatted(country);

        asAlice().header("If-Match", "\"5\"").body(ratify).post("/api/treaty-actions")
                .then().statusCode(409)
                .body("field", equalTo("If-Match"))
                .body("currentVersion", equalTo(0));

        asAlice().header("If-Match", "\"0\"").body(ratify).post("/api/treaty-actions")
                .then().statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1));
        assertThat(eventCount(country + ":CCM")).isEqualTo(2);
    }

    @Test
    void a_withdrawal_with_notice_keeps_its_effective_date() {
        String country = freshCountry();
        for (String body : new String[]{
                "{\"country\":\"%s\",\"instrument\":\"CCM\",\"action\":\"SIGNED\",\"date\":\"2008-12-03\",\"source\":{\"citation\":\"UNTC\"}}",
                "{\"country\":\"%s\",\"instrument\":\"CCM\",\"action\":\"RATIFIED\",\"date\":\"2011-03-24\",\"source\":{\"citation\":\"UNTC\"}}",
                "{\"country\":\"%s\",\"instrument\":\"CCM\",\"action\":\"WITHDREW\",\"date\":\"2024-09-06\",\"effectiveDate\":\"2025-03-06\",\"source\":{\"citation\":\"UNTC, C.N.2024\"}}"}) {
            asAlice().body(body.formatted(country)).post("/api/treaty-actions").then().statusCode(201);
        }
        String effective = jdbc.queryForObject("SELECT payload->'effectiveDate'->>'date' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 2", String.class, country + ":CCM");
        assertThat(effective).isEqualTo("2025-03-06");
    }

    @Test
    void an_effective_date_on_an_action_without_notice_is_a_bad_request() {
        asAlice().body("""
                {"country": "%s", "instrument": "NSG", "action": "JOINED", "date": "2000-01-01",
                 "datePrecision": "YEAR", "effectiveDate": "2000-06-01", "source": {"citation": "MFA"}}"""
                        .formatted(freshCountry()))
                .post("/api/treaty-actions").then().statusCode(400).body("field", equalTo("effectiveDate"));
    }

    @Test
    void every_bad_field_is_named_at_once_and_nothing_is_written() {
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class);
        asAlice().body("""
                {"country": "blr", "instrument": "CCX", "action": "RATIFY", "date": "29/09/2008",
                 "source": {"citation": " "}, "note": "tab\\tok but bell\\u0007 is not"}""")
                .post("/api/treaty-actions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("country"))
                .body("errors.field", hasItem("instrument"))
                .body("errors.field", hasItem("action"))
                .body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("source.citation"))
                .body("errors.field", hasItem("note"))
                .body("detail", containsString("'BLR'"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class)).isEqualTo(before);
    }

    @Test
    void a_name_typed_for_the_country_code_is_refused_with_the_code_it_means() {
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class);
        asAlice().body("""
                {"country": "Belarus", "instrument": "CCW", "action": "SIGNED", "date": "1981-04-10",
                 "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/treaty-actions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("country"))
                .body("detail", containsString("'Belarus' is not an ISO 3166-1 alpha-3 country code: "
                        + "did you mean BLR (Belarus)?"));
        asAlice().body("""
                {"country": "Swaziland", "instrument": "CCW", "action": "SIGNED", "date": "1981-04-10",
                 "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/treaty-actions")
                .then().statusCode(400)
                .body("detail", containsString("did you mean SWZ (Eswatini)?"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.events", Long.class)).isEqualTo(before);
    }

    @Test
    void missing_required_fields_are_named() {
        asAlice().body("{}").post("/api/treaty-actions")
                .then().statusCode(400)
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("instrument"))
                .body("errors.field", hasItem("action"))
                .body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("source"));
    }

    @Test
    void a_date_before_1945_is_a_bad_request_and_a_date_in_the_future_breaks_a_rule() {
        asAlice().body(ratification(freshCountry(), "1944-12-31")).post("/api/treaty-actions")
                .then().statusCode(400).body("field", equalTo("date"));
        asAlice().body(ratification(freshCountry(), "2999-01-01")).post("/api/treaty-actions")
                .then().statusCode(409).body("rule", equalTo("DATE_IN_FUTURE")).body("field", equalTo("date"));
    }

    @Test
    void malformed_json_unknown_fields_and_wrong_content_types_are_refused() {
        asAlice().body("{\"country\": ").post("/api/treaty-actions")
                .then().statusCode(400).body("field", equalTo("body"));
        asAlice().body("{\"country\": \"BLR\", \"dat\": \"2008-09-29\"}").post("/api/treaty-actions")
                .then().statusCode(400).body("field", equalTo("dat")).body("detail", containsString("unknown field"));
        asAlice().body("{\"country\": \"BLR\", \"source\": \"a string\"}").post("/api/treaty-actions")
                .then().statusCode(400).body("field", equalTo("source"));
        io.restassured.RestAssured.given().contentType("text/plain").body("RATIFIED").post("/api/treaty-actions")
                .then().statusCode(415).body("field", equalTo("Content-Type"));
    }

    @Test
    void a_correction_is_recorded_beside_the_original_and_a_correction_matching_nothing_is_409() {
        String country = freshCountry();
        asAlice().body(ratification(country, "2008-09-30")).post("/api/treaty-actions").then().statusCode(201);

        asAlice().body("""
                {"action": "RATIFIED", "date": "2008-09-29",
                 "reason": "The depositary notification gives 29 September", "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{country}/CCW-P5/corrections", country)
                .then().statusCode(200)
                .body("participationId", equalTo(country + ":CCW-P5")).body("version", equalTo(1));

        assertThat(jdbc.queryForList("SELECT payload_type FROM event_store.event_log WHERE aggregate_id = ? "
                + "ORDER BY sequence_number", String.class, country + ":CCW-P5"))
                .containsExactly("org.armscontrol.tracker.shared.participation.TreatyRatified",
                        "org.armscontrol.tracker.shared.participation.TreatyActionCorrected");
        assertThat(jdbc.queryForObject("SELECT payload->'date'->>'date' FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number = 0", String.class, country + ":CCW-P5"))
                .as("the original event is never changed").isEqualTo("2008-09-30");

        asAlice().body("""
                {"action": "SIGNED", "date": "2008-09-29", "reason": "typo", "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{country}/CCW-P5/corrections", country)
                .then().statusCode(409).body("rule", equalTo("NOTHING_TO_CORRECT"));
        asAlice().body("""
                {"action": "RATIFIED", "date": "2008-09-29", "reason": "typo", "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{country}/CCW-P5/corrections", freshCountry())
                .then().statusCode(409).body("rule", equalTo("NOTHING_TO_CORRECT"));
        asAlice().body("""
                {"action": "RATIFIED", "date": "2008-09-28", "source": {"citation": "UNTC"}}""")
                .post("/api/participations/{country}/CCW-P5/corrections", country)
                .then().statusCode(400).body("field", equalTo("reason"));
    }
}
