package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/instruments/{instrument}/participants?asOf=: every country's status at a date, with counts. */
class ParticipantsIT extends ReadsIntegrationTest {

    @Test
    void a_state_that_ratified_and_later_withdrew_is_party_between_and_withdrawn_after() {
        // Lithuania: signed the CCM in 2008, ratified in 2011, notified its withdrawal in September 2024 with
        // effect on 6 March 2025.
        treatyAction("LTU", "CCM", "SIGNED", "2008-12-03");
        treatyAction("LTU", "CCM", "RATIFIED", "2011-03-24");
        treatyAction("LTU", "CCM", "WITHDREW", "2024-09-06", "2025-03-06");
        treatyAction("NOR", "CCM", "SIGNED", "2008-12-03");
        treatyAction("NOR", "CCM", "RATIFIED", "2008-12-03");

        // Each record is followed on its own (segments): wait for both.
        eventually("/api/instruments/CCM/participants?asOf=2025-03-06", participants -> participants
                .body(participant("LTU") + ".status", equalTo("WITHDRAWN"))
                .body(participant("LTU") + ".since", equalTo("2025-03-06"))
                .body(participant("NOR") + ".status", equalTo("PARTY")));
        ValidatableResponse between = RestAssured.get("/api/instruments/CCM/participants?asOf=2025-03-05").then()
                .statusCode(200)
                .body("instrument", equalTo("CCM"))
                .body("asOf", equalTo("2025-03-05"))
                .body(participant("LTU") + ".status", equalTo("PARTY"))
                .body(participant("LTU") + ".since", equalTo("2011-03-24"))
                // In force for Lithuania since 1 September 2011 (the sixth month after March), until the effect.
                .body(participant("LTU") + ".inForce", equalTo(true))
                .body(participant("LTU") + ".inForceSince", equalTo("2011-09-01"))
                .body(participant("NOR") + ".status", equalTo("PARTY"))
                .body(participant("NOR") + ".inForceSince", equalTo("2010-08-01"));
        RestAssured.get("/api/instruments/CCM/participants?asOf=2025-03-06").then()
                .body(participant("LTU") + ".inForce", equalTo(false));
        assertCountsMatch(between);
        RestAssured.get("/api/instruments/CCM/participants?asOf=2010-01-01").then()
                .body(participant("LTU") + ".status", equalTo("SIGNATORY"));
        assertCountsMatch(RestAssured.get("/api/instruments/CCM/participants?asOf=2025-03-06").then());
    }

    @Test
    void participants_are_named_as_the_un_names_them_beside_their_codes() {
        treatyAction("CIV", "CCM", "SIGNED", "2008-12-04");
        treatyAction("CIV", "CCM", "RATIFIED", "2012-03-12");
        treatyAction("LAO", "CCM", "SIGNED", "2008-12-03");
        treatyAction("LAO", "CCM", "RATIFIED", "2009-03-18");

        eventually("/api/instruments/CCM/participants?asOf=2013-01-01", participants -> participants
                .body(participant("CIV") + ".countryName", equalTo("Côte d'Ivoire"))
                .body(participant("LAO") + ".countryName", equalTo("Lao People's Democratic Republic")));
        RestAssured.get("/api/instruments/CCM/participants?asOf=2013-01-01&format=csv").then()
                .body(containsString(",CIV,Côte d'Ivoire,PARTY,2012-03-12,"));
    }

    @Test
    void unknown_instruments_are_not_found_and_bad_dates_refused() {
        RestAssured.get("/api/instruments/CCX/participants").then()
                .statusCode(404)
                .contentType("application/problem+json");
        RestAssured.get("/api/instruments/CCM/participants?asOf=2025-02-30").then()
                .statusCode(400)
                .body("field", equalTo("asOf"));
    }

    /** The counts are those of the list: every status counted, nothing counted twice. */
    @Test
    void the_depositarys_published_header_counts_come_beside_the_recorded_ones_where_the_tracker_holds_them() {
        // The UN Treaty Collection's XXVI-6 of January 2018 prints 108 signatories and 102 parties, whatever the
        // tracker has recorded; the recorded ones are counted apart (depositaryCounts).
        RestAssured.get("/api/instruments/CCM/participants?asOf=2018-01-15").then().statusCode(200)
                .body("depositaryHeader.signatories", equalTo(108))
                .body("depositaryHeader.parties", equalTo(102))
                .body("depositaryHeader.latestAction", equalTo("2017-07-10"))
                .body("depositaryHeader.statusAsAt", containsString("January 2018"))
                .body("depositaryHeader.source", containsString("XXVI-6"))
                .body("depositaryCounts.parties", lessThan(102));
        // The CCW protocols are joined without signature: the document counts no signatories.
        RestAssured.get("/api/instruments/CCW-P5/participants").then().statusCode(200)
                .body("depositaryHeader.signatories", nullValue())
                .body("depositaryHeader.parties", equalTo(94));
        // An instrument without a depositary's status document has no header to measure against.
        RestAssured.get("/api/instruments/UNSCR-1540/participants").then().statusCode(200)
                .body("", hasKey("depositaryHeader"))
                .body("depositaryHeader", nullValue());
    }

    private static void assertCountsMatch(ValidatableResponse response) {
        Map<String, Integer> counts = response.extract().path("counts");
        List<String> statuses = response.extract().path("participants.status");
        assertThat(counts).containsOnlyKeys("SIGNATORY", "PROVISIONALLY_APPLYING", "PARTY", "WITHDRAWN", "MEMBER",
                "ADHERENT", "NOT_BECOMING_PARTY", "SUSPENDED");
        counts.forEach((status, count) ->
                assertThat(statuses.stream().filter(status::equals).count()).as(status).isEqualTo(count.longValue()));
        List<String> countries = response.extract().path("participants.country");
        assertThat(countries).doesNotHaveDuplicates().isSorted();
    }
}
