package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * What the depositaries record, over HTTP on real PostgreSQL, on the real histories of the UN Treaty Collection's
 * Chapter XXVI (each on a country no other test uses, since the tests share one database): the four cases the
 * tracker used to refuse or approximate, and a mis-keyed ratification voided.
 */
class DepositaryRecordsIT extends ReadsIntegrationTest {

    @Test
    void a_consent_to_be_bound_to_a_protocol_keeps_its_kind_and_marker() {
        // XXVI-2-d: Belarus notified its consent to be bound by Protocol V on 29 September 2008 (P).
        String country = freshCountry();
        treatyAction(country, "CCW-P5", "CONSENTED_TO_BE_BOUND", "2008-09-29");

        eventually("/api/instruments/CCW-P5/participants?asOf=2009-01-01", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body(participant(country) + ".action", equalTo("CONSENTED_TO_BE_BOUND"))
                .body(participant(country) + ".dates.consentAction", equalTo("CONSENTED_TO_BE_BOUND"))
                .body(participant(country) + ".dates.consentMarker", equalTo("P"))
                .body(participant(country) + ".dates.consented", equalTo("2008-09-29")));
        RestAssured.get("/api/countries/{c}/history?instrument=CCW-P5", country).then()
                .body("entries[0].details.action", equalTo("CONSENTED_TO_BE_BOUND"));
    }

    @Test
    void an_acceptance_by_a_state_that_never_signed_makes_a_party_where_the_instrument_opens_it() {
        // The CWC: acceptance (A) recorded by the depositary for a state that did not sign.
        String country = freshCountry();
        treatyAction(country, "CWC", "ACCEPTED", "2000-02-14");
        eventually("/api/instruments/CWC/participants?asOf=2001-01-01", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body(participant(country) + ".dates.consentMarker", equalTo("A"))
                .body(participant(country) + ".dates.signed", nullValue()));
        // Where the instrument opens acceptance to signatories only, the refusal names the clause.
        asAlice().body("""
                        {"country": "%s", "instrument": "TPNW", "action": "APPROVED", "date": "2018-01-10",
                         "source": {"citation": "UN Treaty Collection"}}""".formatted(country))
                .post("/api/treaty-actions").then().statusCode(409)
                .body("rule", equalTo("SIGNATURE_REQUIRED"))
                .body("clause", equalTo("TPNW Art. 13-14"));
    }

    @Test
    void a_declaration_of_provisional_application_under_ccm_article_18_goes_with_an_accession() {
        // XXVI-6: Belize, 2 September 2014: declaration under Art. 18 (n), then accession (a), never signed.
        String country = freshCountry();
        treatyAction(country, "CCM", "PROVISIONALLY_APPLIED", "2014-09-02");
        treatyAction(country, "CCM", "ACCEDED", "2014-09-02");
        eventually("/api/instruments/CCM/participants?asOf=2014-12-31", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body(participant(country) + ".dates.provisionallyApplied", equalTo("2014-09-02"))
                .body(participant(country) + ".dates.consentMarker", equalTo("a"))
                // in force the first day of the sixth month after the month of deposit (Art. 17(2))
                .body(participant(country) + ".entersIntoForce", equalTo("2015-03-01")));
        // The same dates side by side in the position, and in the participants CSV.
        RestAssured.get("/api/countries/{c}/position?asOf=2014-12-31", country).then()
                .body("instruments.find { it.instrument == 'CCM' }.dates.provisionallyApplied", equalTo("2014-09-02"))
                .body("instruments.find { it.instrument == 'CCM' }.dates.consentAction", equalTo("ACCEDED"));
        String csv = RestAssured.get("/api/instruments/CCM/participants?asOf=2014-12-31&format=csv").asString();
        assertThat(csv.lines().filter(line -> line.contains("," + country + ",")).findFirst().orElseThrow())
                .contains(",2014-09-02,ACCEDED,a,2014-09-02,");
    }

    @Test
    void a_signatory_by_succession_then_notifies_succession() {
        String country = freshCountry();
        treatyAction(country, "ENMOD", "SUCCEEDED_TO_SIGNATURE", "1993-01-01");
        treatyAction(country, "ENMOD", "SUCCEEDED", "1993-02-22");
        eventually("/api/instruments/ENMOD/participants?asOf=1994-01-01", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body(participant(country) + ".dates.signedBy", equalTo("SUCCEEDED_TO_SIGNATURE"))
                .body(participant(country) + ".dates.consentMarker", equalTo("d")));
    }

    @Test
    void a_mis_keyed_ratification_is_voided_and_vanishes_while_known_at_before_the_void_still_shows_it() {
        String country = freshCountry();
        treatyAction(country, "KINSHASA", "SIGNED", "2010-11-19");
        treatyAction(country, "KINSHASA", "RATIFIED", "2012-08-08");
        eventually("/api/instruments/KINSHASA/participants?asOf=2018-01-15", participants -> participants
                .body(participant(country) + ".status", equalTo("PARTY")));
        int partiesBefore = RestAssured.get("/api/instruments/KINSHASA/participants?asOf=2018-01-15")
                .path("depositaryCounts.parties");
        Instant beforeTheVoid = Instant.now();

        asAlice().body("""
                        {"action": "RATIFIED", "date": "2012-08-08", "reason": "Keyed under the wrong country",
                         "source": {"citation": "UN Treaty Collection, XXVI-7"}}""")
                .post("/api/participations/{c}/KINSHASA/voids", country).then().statusCode(200)
                .body("participationId", equalTo(country + ":KINSHASA"));

        eventually("/api/instruments/KINSHASA/participants?asOf=2018-01-15", participants -> participants
                .body(participant(country) + ".status", equalTo("SIGNATORY"))
                .body("depositaryCounts.parties", equalTo(partiesBefore - 1)));
        RestAssured.get("/api/countries/{c}/history?instrument=KINSHASA", country).then()
                .body("entries.details.action", not(hasItem("RATIFIED")));
        RestAssured.get("/api/instruments/KINSHASA/participants?asOf=2018-01-15&knownAt=" + beforeTheVoid).then()
                .body(participant(country) + ".status", equalTo("PARTY"))
                .body("depositaryCounts.parties", equalTo(partiesBefore));
        RestAssured.get("/api/countries/{c}/history?instrument=KINSHASA&knownAt=" + beforeTheVoid, country).then()
                .body("entries.details.action", hasItem("RATIFIED"));

        // The same entry voided twice, an entry that is not there, and a void without its reason are refused.
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2012-08-08", "reason": "Again",
                         "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/participations/{c}/KINSHASA/voids", country).then().statusCode(409)
                .body("rule", equalTo("ALREADY_VOID"));
        asAlice().body("""
                        {"action": "ACCEDED", "date": "2012-08-08", "reason": "Nothing",
                         "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/participations/{c}/KINSHASA/voids", country).then().statusCode(409)
                .body("rule", equalTo("NOTHING_TO_VOID"));
        asAlice().body("""
                        {"action": "SIGNED", "date": "2010-11-19", "source": {"citation": "UN Treaty Collection"}}""")
                .post("/api/participations/{c}/KINSHASA/voids", country).then().statusCode(400)
                .body("field", equalTo("reason"));
    }

    @Test
    void a_correction_changes_the_kind_of_an_action_and_the_timeline_says_so() {
        String country = freshCountry();
        treatyAction(country, "ATT", "SIGNED", "2013-06-03");
        treatyAction(country, "ATT", "RATIFIED", "2014-05-09");
        asAlice().body("""
                        {"action": "RATIFIED", "correctedAction": "ACCEPTED",
                         "reason": "The depositary records an acceptance (A)",
                         "source": {"citation": "UN Treaty Collection, XXVI-8"}}""")
                .post("/api/participations/{c}/ATT/corrections", country).then().statusCode(200);
        eventually("/api/countries/" + country + "/history?instrument=ATT", history -> history
                .body("entries.find { it.details.action == 'ACCEPTED' }.changes[0].changedFields",
                        hasItem("action"))
                .body("entries.find { it.details.action == 'ACCEPTED' }.changes[0].after.action",
                        equalTo("ACCEPTED")));
        RestAssured.get("/api/instruments/ATT/participants?asOf=2015-01-01").then()
                .body(participant(country) + ".dates.consentMarker", equalTo("A"));
    }

    @Test
    void a_territorial_declaration_and_an_objection_are_facts_of_the_participation() {
        // Denmark's CCM ratification excludes the Faroe Islands (a footnote of XXVI-6).
        String country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-02-12");
        for (String kind : new String[] {"TERRITORIAL_DECLARATION", "OBJECTION"}) {
            asAlice().body("""
                            {"kind": "%s", "text": "%s", "date": "2010-02-12", "madeWith": "RATIFIED",
                             "source": {"citation": "UN Treaty Collection, XXVI-6, footnote"}}""".formatted(kind,
                            kind.equals("OBJECTION") ? "Objects to the reservation made by another state (test)"
                                    : "Not applicable to the Faroe Islands (test)"))
                    .post("/api/participations/{c}/CCM/reservations", country).then().statusCode(201);
        }
        eventually("/api/countries/" + country + "/position?asOf=2011-01-01", position -> position
                .body("instruments.find { it.instrument == 'CCM' }.reservations.kind",
                        hasItem("TERRITORIAL_DECLARATION"))
                .body("instruments.find { it.instrument == 'CCM' }.reservations.kind", hasItem("OBJECTION")));
    }
}
