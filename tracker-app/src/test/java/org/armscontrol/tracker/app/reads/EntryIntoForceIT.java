package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Entry into force for each state over HTTP, on real cases: a party (instrument deposited) is told apart from a
 * state for which the instrument is in force, in positions, participants, counts and the participants timeline.
 */
class EntryIntoForceIT extends ReadsIntegrationTest {

    @Test
    void a_ccm_ratification_of_10_may_2011_is_in_force_on_1_november_2011() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2011-05-10");

        eventually("/api/countries/" + country + "/position?asOf=2011-06-01", position -> position
                .body(ccm() + ".status", equalTo("PARTY"))
                .body(ccm() + ".since", equalTo("2011-05-10"))
                .body(ccm() + ".inForce", equalTo(false))
                .body(ccm() + ".inForceSince", nullValue())
                .body(ccm() + ".entersIntoForce", equalTo("2011-11-01")));
        RestAssured.get("/api/countries/{c}/position?asOf=2011-10-31", country).then()
                .body(ccm() + ".inForce", equalTo(false));
        RestAssured.get("/api/countries/{c}/position?asOf=2011-11-01", country).then()
                .body(ccm() + ".status", equalTo("PARTY"))
                .body(ccm() + ".since", equalTo("2011-05-10"))
                .body(ccm() + ".inForce", equalTo(true))
                .body(ccm() + ".inForceSince", equalTo("2011-11-01"))
                .body(ccm() + ".entersIntoForce", nullValue());
    }

    @Test
    void the_first_thirty_ccm_ratifications_are_in_force_on_1_august_2010() {
        // Among the first: deposited on the opening day, 3 December 2008; the thirtieth on 16 February 2010.
        String first = freshCountry();
        String thirtieth = freshCountry();
        treatyAction(first, "CCM", "SIGNED", "2008-12-03");
        treatyAction(first, "CCM", "RATIFIED", "2008-12-03");
        treatyAction(thirtieth, "CCM", "SIGNED", "2008-12-03");
        treatyAction(thirtieth, "CCM", "RATIFIED", "2010-02-16");

        eventually("/api/instruments/CCM/participants?asOf=2010-07-31", participants -> participants
                .body(participant(thirtieth) + ".status", equalTo("PARTY"))
                .body(participant(thirtieth) + ".inForce", equalTo(false))
                .body(participant(thirtieth) + ".entersIntoForce", equalTo("2010-08-01"))
                .body(participant(first) + ".inForce", equalTo(false))
                .body(participant(first) + ".entersIntoForce", equalTo("2010-08-01")));
        RestAssured.get("/api/instruments/CCM/participants?asOf=2010-08-01").then()
                .body(participant(first) + ".inForce", equalTo(true))
                .body(participant(first) + ".inForceSince", equalTo("2010-08-01"))
                .body(participant(first) + ".since", equalTo("2008-12-03"))
                .body(participant(thirtieth) + ".inForceSince", equalTo("2010-08-01"));
    }

    @Test
    void a_withdrawal_without_effective_date_takes_effect_after_the_notice_period_and_keeps_the_party_till_then() {
        // Lithuania's dates: withdrawal notified on 6 September 2024; the CCM's six months give 6 March 2025.
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2011-03-24");
        treatyAction(country, "CCM", "WITHDREW", "2024-09-06");

        eventually("/api/countries/" + country + "/history?instrument=CCM", history -> history
                .body("entries.find { it.details.action == 'WITHDREW' }.details.effectiveDate",
                        equalTo("2025-03-06")));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-03-05", country).then()
                .body(ccm() + ".status", equalTo("PARTY"))
                .body(ccm() + ".inForce", equalTo(true))
                .body(ccm() + ".inForceSince", equalTo("2011-09-01"));
        RestAssured.get("/api/countries/{c}/position?asOf=2025-03-06", country).then()
                .body(ccm() + ".status", equalTo("WITHDRAWN"))
                .body(ccm() + ".since", equalTo("2025-03-06"))
                .body(ccm() + ".inForce", equalTo(false));
    }

    @Test
    void a_protocol_v_consent_to_be_bound_without_signature_is_in_force_six_months_later() {
        // Belarus's dates: consent to be bound by Protocol V deposited on 29 September 2008.
        String country = freshCountry();
        treatyAction(country, "CCW-P5", "RATIFIED", "2008-09-29");

        eventually("/api/countries/" + country + "/position?asOf=2009-03-28", position -> position
                .body(protocolV() + ".status", equalTo("PARTY"))
                .body(protocolV() + ".inForce", equalTo(false))
                .body(protocolV() + ".entersIntoForce", equalTo("2009-03-29")));
        RestAssured.get("/api/countries/{c}/position?asOf=2009-03-29", country).then()
                .body(protocolV() + ".inForce", equalTo(true))
                .body(protocolV() + ".inForceSince", equalTo("2009-03-29"));
    }

    @Test
    void between_deposit_and_entry_into_force_the_two_bases_count_differently() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2011-05-10");
        eventually("/api/instruments/CCM/participants?asOf=2011-06-01", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY")));

        Response deposited = RestAssured.get("/api/instruments/CCM/participants?asOf=2011-06-01&basis=deposited");
        Response inForce = RestAssured.get("/api/instruments/CCM/participants?asOf=2011-06-01&basis=in-force");
        deposited.then().statusCode(200).body("basis", equalTo("deposited"));
        inForce.then().statusCode(200).body("basis", equalTo("in-force"))
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body(participant(country) + ".inForce", equalTo(false));
        Map<String, Integer> onDeposits = deposited.path("counts");
        Map<String, Integer> onForce = inForce.path("counts");
        assertThat(onDeposits).doesNotContainKey("DEPOSITED_NOT_IN_FORCE");
        assertThat(onForce.get("DEPOSITED_NOT_IN_FORCE")).isPositive();
        assertThat(onForce.get("PARTY") + onForce.get("DEPOSITED_NOT_IN_FORCE")).isEqualTo(onDeposits.get("PARTY"));
        assertCountsMatchTheList(inForce);
        // The default is the deposits: the answer as before bases existed.
        assertThat(RestAssured.get("/api/instruments/CCM/participants?asOf=2011-06-01").<Map<String, Integer>>path(
                "counts")).isEqualTo(onDeposits);
        // Once in force, the two agree again for this country.
        RestAssured.get("/api/instruments/CCM/participants?asOf=2011-11-01&basis=in-force").then()
                .body(participant(country) + ".inForce", equalTo(true));
    }

    @Test
    void the_participants_timeline_in_force_agrees_with_the_participants_in_force() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2011-05-10");
        eventually("/api/instruments/CCM/participants?asOf=2011-06-01", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY")));

        Response timeline = RestAssured.get("/api/instruments/CCM/participants/timeline?basis=in-force");
        timeline.then().statusCode(200).body("basis", equalTo("in-force"));
        List<Map<String, Object>> points = timeline.path("points");
        assertThat(points).extracting(point -> point.get("date")).contains("2011-05-10", "2011-11-01");
        for (Map<String, Object> point : points) {
            String date = (String) point.get("date");
            assertThat(point.get("counts")).as("on %s", date).isEqualTo(RestAssured.get(
                    "/api/instruments/CCM/participants?basis=in-force&asOf=" + date).path("counts"));
        }
        RestAssured.get("/api/instruments/CCM/participants/timeline").then().body("basis", equalTo("deposited"));
    }

    @Test
    void a_correction_of_the_deposit_moves_the_entry_into_force_and_known_at_shows_the_old_one() {
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2011-04-29");
        eventually("/api/countries/" + country + "/position?asOf=2011-06-01", position -> position
                .body(ccm() + ".entersIntoForce", equalTo("2011-10-01")));
        Instant beforeCorrection = Instant.now();
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2011-05-10", "reason": "The depositary's date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);

        eventually("/api/countries/" + country + "/position?asOf=2011-10-15", position -> position
                .body(ccm() + ".inForce", equalTo(false))
                .body(ccm() + ".entersIntoForce", equalTo("2011-11-01")));
        RestAssured.get("/api/countries/{c}/position?asOf=2011-10-15&knownAt={t}", country, beforeCorrection.toString())
                .then()
                .body(ccm() + ".inForce", equalTo(true))
                .body(ccm() + ".inForceSince", equalTo("2011-10-01"));
    }

    @Test
    void provisional_application_of_the_att_by_a_signatory() {
        String country = freshCountry();
        treatyAction(country, "ATT", "SIGNED", "2013-06-03");
        treatyAction(country, "ATT", "PROVISIONALLY_APPLIED", "2013-06-03");
        asAlice().body("""
                        {"country": "%s", "instrument": "TPNW", "action": "PROVISIONALLY_APPLIED",
                         "date": "2018-06-03", "source": {"citation": "UNTC"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(409).body("rule", equalTo("ACTION_NOT_APPLICABLE"));

        eventually("/api/countries/" + country + "/position?asOf=2014-01-01", position -> position
                .body("instruments.find { it.instrument == 'ATT' }.status", equalTo("PROVISIONALLY_APPLYING"))
                .body("instruments.find { it.instrument == 'ATT' }.inForce", equalTo(false)));
        treatyAction(country, "ATT", "RATIFIED", "2015-02-26");
        eventually("/api/countries/" + country + "/position?asOf=2015-05-27", position -> position
                .body("instruments.find { it.instrument == 'ATT' }.status", equalTo("PARTY"))
                .body("instruments.find { it.instrument == 'ATT' }.inForceSince", equalTo("2015-05-27")));
    }

    @Test
    void the_catalogue_says_each_rule_in_words_and_a_bad_basis_is_refused() {
        RestAssured.get("/api/instruments/CCM").then().statusCode(200)
                .body("entryIntoForceRule", equalTo("first day of the sixth month after the month of deposit, or "
                        + "the instrument's entry into force if later"))
                .body("withdrawalNotice", equalTo("six months after notification"));
        RestAssured.get("/api/instruments").then()
                .body("find { it.id == 'NSG' }.entryIntoForceRule", equalTo("from joining"))
                .body("find { it.id == 'ATT' }.actions", hasItem("PROVISIONALLY_APPLIED"));
        RestAssured.get("/api/instruments/CCM/participants?basis=ratified").then()
                .statusCode(400).body("field", equalTo("basis"));
        RestAssured.get("/api/instruments/CCM/participants/timeline?basis=IN_FORCE").then()
                .statusCode(400).body("field", equalTo("basis"));
    }

    private static String ccm() {
        return "instruments.find { it.instrument == 'CCM' }";
    }

    private static String protocolV() {
        return "instruments.find { it.instrument == 'CCW-P5' }";
    }

    /** Each participant counted once, under its status or, in force basis, DEPOSITED_NOT_IN_FORCE. */
    private static void assertCountsMatchTheList(Response answer) {
        Map<String, Integer> counts = answer.path("counts");
        List<Map<String, Object>> participants = answer.path("participants");
        long notInForce = participants.stream()
                .filter(p -> "PARTY".equals(p.get("status")) && Boolean.FALSE.equals(p.get("inForce"))).count();
        long partiesInForce = participants.stream()
                .filter(p -> "PARTY".equals(p.get("status")) && Boolean.TRUE.equals(p.get("inForce"))).count();
        assertThat(counts.get("DEPOSITED_NOT_IN_FORCE")).isEqualTo((int) notInForce);
        assertThat(counts.get("PARTY")).isEqualTo((int) partiesInForce);
    }
}
