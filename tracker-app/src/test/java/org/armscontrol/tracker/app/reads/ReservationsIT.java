package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Reservations and declarations over HTTP, from the write to every read: a declaration made on ratification of the
 * CCW, a reservation on Protocol III withdrawn years later.
 */
class ReservationsIT extends ReadsIntegrationTest {

    private static final String DECLARATION = "The Government declares that it will apply the provisions of the "
            + "Convention and its Protocols to all armed conflicts referred to in Article 1.";
    private static final String RESERVATION = "Reserves the right to use incendiary weapons against military "
            + "objectives located within concentrations of civilians (Protocol III, Article 2, paragraphs 2 and 3).";

    @Test
    void a_declaration_and_a_withdrawn_reservation_in_the_history_the_position_and_the_lineage() {
        String country = freshCountry();
        treatyAction(country, "CCW", "SIGNED", "1981-04-10");
        treatyAction(country, "CCW", "RATIFIED", "1988-03-04");
        String declaration = reservation(country, "DECLARATION", DECLARATION, "1988-03-04")
                .body("participationId", equalTo(country + ":CCW"))
                .body("version", equalTo(2))
                .extract().path("reservationId");
        String reservation = reservation(country, "RESERVATION", RESERVATION, "1988-03-04")
                .header("ETag", "\"3\"")
                .extract().path("reservationId");
        as("bob").header("If-Match", "\"3\"").body("""
                        {"date": "2009-07-23", "reason": "Withdrawn by a notification to the Secretary-General",
                         "source": {"citation": "Depositary notification C.N.456.2009"}}""")
                .post("/api/participations/{c}/CCW/reservations/{r}/withdrawal", country, reservation).then()
                .statusCode(200)
                .body("participationId", equalTo(country + ":CCW"))
                .body("reservationId", equalTo(reservation))
                .body("version", equalTo(4));

        eventually("/api/countries/" + country + "/history?instrument=CCW", history -> history.statusCode(200)
                .body("entries.kind", contains("TREATY_ACTION", "TREATY_ACTION", "RESERVATION", "RESERVATION"))
                .body("entries[3].changes", hasSize(1)));
        RestAssured.get("/api/countries/{c}/history", country).then()
                .body("entries[2].id", equalTo(country + ":CCW#2"))
                .body("entries[2].instruments", contains("CCW"))
                .body("entries[2].date", equalTo("1988-03-04"))
                .body("entries[2].details.reservationId", equalTo(declaration))
                .body("entries[2].details.kind", equalTo("DECLARATION"))
                .body("entries[2].details.text", equalTo(DECLARATION))
                .body("entries[2].details.madeWith", equalTo("RATIFIED"))
                .body("entries[2].details.withdrawn", equalTo(false))
                .body("entries[2].source.citation", equalTo("UN Treaty Collection, CCW declarations"))
                .body("entries[2].recordedBy", equalTo("alice"))
                .body("entries[2].recordedAt", notNullValue())
                .body("entries[2].changes", empty())
                // The withdrawn reservation stays, marked withdrawn, with its withdrawal as a change.
                .body("entries[3].details.reservationId", equalTo(reservation))
                .body("entries[3].details.withdrawn", equalTo(true))
                .body("entries[3].details.withdrawnOn", equalTo("2009-07-23"))
                .body("entries[3].changes[0].kind", equalTo("WITHDRAWN"))
                .body("entries[3].changes[0].changedFields", contains("withdrawn", "withdrawnOn"))
                .body("entries[3].changes[0].after.withdrawnOn.date", equalTo("2009-07-23"))
                .body("entries[3].changes[0].reason", equalTo("Withdrawn by a notification to the Secretary-General"))
                .body("entries[3].changes[0].source.citation", equalTo("Depositary notification C.N.456.2009"))
                .body("entries[3].changes[0].recordedBy", equalTo("bob"));

        RestAssured.get("/api/countries/{c}/position?asOf=2009-07-22", country).then()
                .statusCode(200)
                .body("instruments[0].instrument", equalTo("CCW"))
                .body("instruments[0].status", equalTo("PARTY"))
                .body("instruments[0].reservations.reservationId", contains(declaration, reservation))
                .body("instruments[0].reservations[1].kind", equalTo("RESERVATION"))
                .body("instruments[0].reservations[1].text", equalTo(RESERVATION))
                .body("instruments[0].reservations[1].date", equalTo("1988-03-04"));
        RestAssured.get("/api/countries/{c}/position?asOf=2009-07-23", country).then()
                .body("instruments[0].reservations.reservationId", contains(declaration));
        RestAssured.get("/api/countries/{c}/position?asOf=1988-03-03", country).then()
                .body("instruments[0].status", equalTo("SIGNATORY"))
                .body("instruments[0].reservations", empty());

        // As known just before the withdrawal was recorded, the reservation was in force and never withdrawn.
        Instant withdrawalRecorded = Instant.parse(RestAssured.get("/api/countries/{c}/history", country).then()
                .extract().path("entries[3].changes[0].recordedAt"));
        String justBefore = withdrawalRecorded.minusNanos(1_000).toString();
        RestAssured.get("/api/countries/{c}/position?asOf=2020-01-01&knownAt={t}", country, justBefore).then()
                .body("instruments[0].reservations.reservationId", contains(declaration, reservation));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries[3].details.withdrawn", equalTo(false))
                .body("entries[3].changes", empty());

        RestAssured.get("/api/audit/records/{id}/lineage", country + ":CCW").then()
                .statusCode(200)
                .body("versions.eventType", contains("TreatySigned", "TreatyRatified", "ReservationMade",
                        "ReservationMade", "ReservationWithdrawn"))
                .body("versions[2].changes.field", hasItem("reservations." + declaration + ".text"))
                .body("versions[4].changes.field", contains("reservations." + reservation + ".withdrawn",
                        "reservations." + reservation + ".withdrawnOn.date",
                        "reservations." + reservation + ".withdrawnOn.precision"))
                .body("versions[4].reason", equalTo("Withdrawn by a notification to the Secretary-General"))
                .body("versions[4].recordedBy", equalTo("bob"));
    }

    @Test
    void the_rules_answer_409_with_their_code() {
        String country = freshCountry();
        reservationRequest(country, "RESERVATION", RESERVATION, "1988-03-04").then()
                .statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("NOT_A_PARTICIPANT"));
        treatyAction(country, "CCW", "ACCEDED", "1995-01-01");
        reservationRequest(country, "RESERVATION", RESERVATION, "2099-01-01").then()
                .statusCode(409).body("rule", equalTo("DATE_IN_FUTURE")).body("field", equalTo("date"));
        reservationRequest(country, "RESERVATION", RESERVATION, "1994-12-31").then()
                .statusCode(409).body("rule", equalTo("NOT_A_PARTICIPANT"));
        String id = reservation(country, "RESERVATION", RESERVATION, "1995-01-01").extract().path("reservationId");
        reservationRequest(country, "RESERVATION", RESERVATION, "1996-01-01").then()
                .statusCode(409).body("rule", equalTo("ALREADY_RECORDED")).body("field", equalTo("text"));

        withdrawal(country, id, "1994-06-01").then()
                .statusCode(409).body("rule", equalTo("WITHDRAWAL_BEFORE_RESERVATION"));
        withdrawal(country, id, "2001-06-01").then().statusCode(200);
        withdrawal(country, id, "2002-06-01").then()
                .statusCode(409).body("rule", equalTo("RESERVATION_WITHDRAWN"));
        withdrawal(country, "R99", "2002-06-01").then()
                .statusCode(404).contentType("application/problem+json");
        withdrawal(freshCountry(), "R1", "2002-06-01").then().statusCode(404);
    }

    @Test
    void the_instrument_must_have_been_opened() {
        String country = freshCountry();
        // A signature known only to the year (2008) may overlap the opening (3 December 2008); a reservation dated
        // within that year but before the opening may not.
        asAlice().body("""
                        {"country": "%s", "instrument": "CCM", "action": "SIGNED", "date": "2008-01-01",
                         "datePrecision": "YEAR", "source": {"citation": "Cluster Munition Monitor"}}"""
                        .formatted(country))
                .post("/api/treaty-actions").then().statusCode(201);
        asAlice().body("""
                        {"kind": "DECLARATION", "text": "On signature", "date": "2008-06-01",
                         "source": {"citation": "Cluster Munition Monitor"}}""")
                .post("/api/participations/{c}/CCM/reservations", country).then()
                .statusCode(409).body("rule", equalTo("BEFORE_INSTRUMENT_OPENED")).body("field", equalTo("date"));
    }

    @Test
    void bad_fields_are_400_naming_them() {
        String country = freshCountry();
        reservationRequest(country, "RESERVED", DECLARATION, "1988-03-04").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("kind"));
        reservationRequest(country, "DECLARATION", "x".repeat(10_001), "1988-03-04").then()
                .statusCode(400).body("field", equalTo("text"));
        reservationRequest(country, "DECLARATION", "A text with a \\u0007 bell", "1988-03-04").then()
                .statusCode(400).body("field", equalTo("text"));
        reservationRequest(country, "DECLARATION", DECLARATION, "1988-02-30").then()
                .statusCode(400).body("field", equalTo("date"));
        asAlice().body("{\"kind\": \"DECLARATION\", \"text\": \"t\", \"date\": \"1988-03-04\", \"madeWith\": \"X\","
                        + " \"source\": {\"citation\": \"UNTC\"}}")
                .post("/api/participations/{c}/CCW/reservations", country).then()
                .statusCode(400).body("field", equalTo("madeWith"));
        withdrawal(country, "not-an-id", "2000-01-01").then()
                .statusCode(400).body("field", equalTo("reservationId"));
    }

    @Test
    void a_repeated_request_with_its_idempotency_key_answers_the_same_reservation_and_writes_nothing() {
        String country = freshCountry();
        treatyAction(country, "CCW", "ACCEDED", "1995-01-01");
        String key = "reservation-" + UUID.randomUUID();
        String body = """
                {"kind": "DECLARATION", "text": "%s", "date": "1995-01-01",
                 "source": {"citation": "UNTC"}}""".formatted(DECLARATION);
        String first = asAlice().header("Idempotency-Key", key).body(body)
                .post("/api/participations/{c}/CCW/reservations", country).then().statusCode(201)
                .extract().path("reservationId");
        asAlice().header("Idempotency-Key", key).body(body)
                .post("/api/participations/{c}/CCW/reservations", country).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("reservationId", equalTo(first))
                .body("version", equalTo(1));
        asAlice().header("If-Match", "\"0\"").body(body.replace("DECLARATION", "RESERVATION"))
                .post("/api/participations/{c}/CCW/reservations", country).then()
                .statusCode(409).body("type", equalTo("urn:position-tracker:problem:stale-version"));
    }

    private static final String VOID = """
            {"reason": "The state made no such reservation: recorded under the wrong country",
             "source": {"citation": "UN Treaty Collection, CCW declarations, checked again"}}""";

    @Test
    void a_voided_reservation_counts_nowhere_while_known_at_before_the_void_and_the_lineage_keep_it() {
        String country = freshCountry();
        treatyAction(country, "CCW", "ACCEDED", "1995-01-01");
        String kept = reservation(country, "DECLARATION", DECLARATION, "1995-01-01").extract().path("reservationId");
        String voided = reservation(country, "RESERVATION", RESERVATION, "1995-01-01").extract().path("reservationId");
        eventually("/api/countries/" + country + "/history", history -> history
                .body("entries.kind", contains("TREATY_ACTION", "RESERVATION", "RESERVATION")));

        voidReservation(country, voided, VOID).then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("participationId", equalTo(country + ":CCW"))
                .body("reservationId", equalTo(voided))
                .body("version", equalTo(3));

        eventually("/api/countries/" + country + "/history", history -> history
                .body("entries.kind", contains("TREATY_ACTION", "RESERVATION"))
                .body("entries[1].details.reservationId", equalTo(kept)));
        RestAssured.get("/api/countries/{c}/position?asOf=2020-01-01", country).then()
                .body("instruments[0].status", equalTo("PARTY"))
                .body("instruments[0].reservations.reservationId", contains(kept));
        RestAssured.get("/api/countries/{c}/history?format=csv", country).then().statusCode(200)
                .body(not(containsString("incendiary weapons")));

        RestAssured.get("/api/audit/records/{id}/lineage", country + ":CCW").then()
                .statusCode(200)
                .body("versions.eventType", contains("TreatyAccededTo", "ReservationMade", "ReservationMade",
                        "ReservationVoided"))
                .body("versions[3].changes.field", contains("reservations." + voided + ".voided"))
                .body("versions[3].reason", equalTo("The state made no such reservation: recorded under the wrong "
                        + "country"))
                .body("versions[3].source.citation", equalTo("UN Treaty Collection, CCW declarations, checked again"))
                .body("versions[3].recordedBy", equalTo("alice"));
        Instant voidRecorded = Instant.parse(RestAssured.get("/api/audit/records/{id}/lineage", country + ":CCW")
                .then().extract().path("versions[3].recordedAt"));
        String justBefore = voidRecorded.minusNanos(1_000).toString();
        RestAssured.get("/api/countries/{c}/position?asOf=2020-01-01&knownAt={t}", country, justBefore).then()
                .body("instruments[0].reservations.reservationId", contains(kept, voided));
        RestAssured.get("/api/countries/{c}/history?knownAt={t}", country, justBefore).then()
                .body("entries.kind", contains("TREATY_ACTION", "RESERVATION", "RESERVATION"));
        RestAssured.get("/api/audit/events?country={c}", country).then()
                .body("events.eventType", hasItem("ReservationVoided"));

        voidReservation(country, voided, VOID).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("ALREADY_VOID"));
        withdrawal(country, voided, "2001-06-01").then().statusCode(409).body("rule", equalTo("VOIDED"));
        // The text is no longer recorded: the right reservation can be recorded afresh.
        reservation(country, "RESERVATION", RESERVATION, "1995-01-01");
    }

    @Test
    void a_void_needs_a_reason_and_a_source_and_follows_if_match_and_idempotency_keys() {
        String country = freshCountry();
        treatyAction(country, "CCW", "ACCEDED", "1995-01-01");
        String id = reservation(country, "DECLARATION", DECLARATION, "1995-01-01").extract().path("reservationId");

        voidReservation(country, id, "{\"source\": {\"citation\": \"UNTC\"}}").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reason"));
        voidReservation(country, id, "{\"reason\": \"A duplicate\"}").then().statusCode(400)
                .body("field", equalTo("source"));
        voidReservation(country, "R99", VOID).then().statusCode(404).contentType("application/problem+json");
        voidReservation(freshCountry(), "R1", VOID).then().statusCode(404);
        voidReservation(country, "not-an-id", VOID).then().statusCode(400).body("field", equalTo("reservationId"));

        String key = "reservation-void-" + UUID.randomUUID();
        asAlice().header("If-Match", "\"0\"").body(VOID)
                .post("/api/participations/{c}/CCW/reservations/{r}/voids", country, id).then()
                .statusCode(409).body("type", equalTo("urn:position-tracker:problem:stale-version"));
        asAlice().header("If-Match", "\"1\"").header("Idempotency-Key", key).body(VOID)
                .post("/api/participations/{c}/CCW/reservations/{r}/voids", country, id).then()
                .statusCode(200).body("version", equalTo(2)).header("Idempotent-Replayed", nullValue());
        asAlice().header("Idempotency-Key", key).body(VOID)
                .post("/api/participations/{c}/CCW/reservations/{r}/voids", country, id).then()
                .statusCode(200).body("version", equalTo(2)).body("reservationId", equalTo(id))
                .header("Idempotent-Replayed", "true");
    }

    private static Response voidReservation(String country, String reservationId, String body) {
        return asAlice().body(body)
                .post("/api/participations/{c}/CCW/reservations/{r}/voids", country, reservationId);
    }

    /** Records a reservation on the CCW as alice: 201, with its id in the body and in the Location. */
    private static ValidatableResponse reservation(String country, String kind, String text, String date) {
        ValidatableResponse response = reservationRequest(country, kind, text, date).then().statusCode(201);
        String id = response.extract().path("reservationId");
        return response.header("Location", "/api/participations/" + country + "/CCW/reservations/" + id);
    }

    private static Response reservationRequest(String country, String kind, String text, String date) {
        return asAlice().body("""
                        {"kind": "%s", "text": "%s", "date": "%s", "madeWith": "RATIFIED",
                         "source": {"citation": "UN Treaty Collection, CCW declarations"}}"""
                        .formatted(kind, text, date))
                .post("/api/participations/{c}/CCW/reservations", country);
    }

    private static Response withdrawal(String country, String reservationId, String date) {
        return asAlice().body("""
                        {"date": "%s", "reason": "Withdrawn", "source": {"citation": "Depositary notification"}}"""
                        .formatted(date))
                .post("/api/participations/{c}/CCW/reservations/{r}/withdrawal", country, reservationId);
    }
}
