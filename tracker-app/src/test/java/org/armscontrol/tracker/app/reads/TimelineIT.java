package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The timelines for charts, checked against the reads they summarise: at every boundary and the day before it, the
 * status timeline says what position?asOf= says, and the participants timeline counts what participants?asOf=
 * counts; also as the tracker knew it before a correction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineIT extends ReadsIntegrationTest {

    private String country;
    private String other;
    private Instant beforeCorrection;

    @BeforeAll
    void recordCorrectionsAndWithdrawals() {
        RestAssured.port = port;
        RestAssured.authentication = RestAssured.preemptive().basic("admin", "admin");
        country = freshCountry();
        treatyAction(country, "CCM", "SIGNED", "2008-12-03");
        treatyAction(country, "CCM", "RATIFIED", "2010-05-10");
        treatyAction(country, "NSG", "JOINED", "2000-01-01");
        other = freshCountry();
        treatyAction(other, "CCM", "SIGNED", "2008-12-03");
        treatyAction(other, "CCM", "RATIFIED", "2010-06-10");
        treatyAction(other, "CCM", "WITHDREW", "2024-09-06", "2025-03-06");
        awaitReadModelsCaughtUp();
        beforeCorrection = Instant.now();
        asAlice().body("""
                        {"action": "RATIFIED", "date": "2010-06-10", "reason": "Typo in the deposit date",
                         "source": {"citation": "Depositary notification"}}""")
                .post("/api/participations/{c}/CCM/corrections", country).then().statusCode(200);
        treatyAction(country, "CCM", "WITHDREW", "2024-09-06", "2025-03-06");
        awaitReadModelsCaughtUp();
    }

    @Test
    void the_status_timeline_has_the_shape_the_charts_draw() {
        RestAssured.get("/api/countries/{c}/status-timeline", country).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("country", equalTo(country))
                .body("knownAt", nullValue())
                .body("instruments.instrument", equalTo(List.of("CCM", "NSG")))
                .body("instruments[0].periods", equalTo(List.of(
                        period("SIGNATORY", "2008-12-03", "2010-06-10", "SIGNED"),
                        period("PARTY", "2010-06-10", "2025-03-06", "RATIFIED"),
                        period("WITHDRAWN", "2025-03-06", null, "WITHDREW"))))
                .body("instruments[1].periods", equalTo(List.of(period("MEMBER", "2000-01-01", null, "JOINED"))));
    }

    @Test
    void at_each_boundary_and_the_day_before_the_status_timeline_agrees_with_the_position() {
        assertAgreesWithPositions(country, null);
        assertAgreesWithPositions(other, null);
    }

    @Test
    void known_before_the_correction_the_ratification_keeps_its_old_date_in_both_reads() {
        Response then = RestAssured.get("/api/countries/{c}/status-timeline?knownAt={t}", country,
                beforeCorrection.toString());
        then.then().statusCode(200)
                .body("knownAt", equalTo(beforeCorrection.toString()))
                .body("instruments[0].periods", equalTo(List.of(
                        period("SIGNATORY", "2008-12-03", "2010-05-10", "SIGNED"),
                        period("PARTY", "2010-05-10", null, "RATIFIED"))));
        assertAgreesWithPositions(country, beforeCorrection.toString());
    }

    @Test
    void at_each_point_and_the_day_before_the_participants_timeline_agrees_with_the_participants() {
        Response timeline = RestAssured.get("/api/instruments/CCM/participants/timeline");
        timeline.then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("instrument", equalTo("CCM"))
                .body("knownAt", nullValue());
        List<String> dates = timeline.path("points.date");
        assertThat(dates).contains("2008-12-03", "2010-06-10", "2025-03-06").isSorted().doesNotHaveDuplicates();
        assertAgreesWithParticipants(timeline, null);

        String known = beforeCorrection.toString();
        Response then = RestAssured.get("/api/instruments/CCM/participants/timeline?knownAt={t}", known);
        then.then().statusCode(200).body("knownAt", equalTo(known));
        assertThat(then.<List<String>>path("points.date")).contains("2010-05-10");
        assertAgreesWithParticipants(then, known);
    }

    @Test
    void unknown_instruments_bad_countries_and_bad_instants_are_refused_as_by_the_other_reads() {
        RestAssured.get("/api/instruments/CCX/participants/timeline").then()
                .statusCode(404)
                .contentType("application/problem+json");
        RestAssured.get("/api/countries/blr/status-timeline").then()
                .statusCode(400)
                .body("field", equalTo("country"));
        RestAssured.get("/api/countries/BLR/status-timeline?knownAt=yesterday").then()
                .statusCode(400)
                .body("field", equalTo("knownAt"));
        RestAssured.get("/api/instruments/CCM/participants/timeline?knownAt=2026-11-23T10:15:30").then()
                .statusCode(400)
                .body("field", equalTo("knownAt"));
        RestAssured.get("/api/countries/{c}/status-timeline", freshCountry()).then()
                .statusCode(200)
                .body("instruments", equalTo(List.of()));
        RestAssured.get("/api/countries/MDA/status-timeline").then()
                .statusCode(200)
                .body("countryName", equalTo("Republic of Moldova"));
    }

    private static void assertAgreesWithPositions(String country, String knownAt) {
        Response timeline = RestAssured.get("/api/countries/{c}/status-timeline" + query(knownAt), country);
        List<Map<String, Object>> instruments = timeline.path("instruments");
        assertThat(instruments).isNotEmpty();
        for (Map<String, Object> instrument : instruments) {
            String id = (String) instrument.get("instrument");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> periods = (List<Map<String, String>>) instrument.get("periods");
            LocalDate first = LocalDate.parse(periods.get(0).get("from"));
            assertThat(statusOn(country, id, first.minusDays(1), knownAt).get("status")).isEqualTo("NONE");
            for (Map<String, String> period : periods) {
                LocalDate from = LocalDate.parse(period.get("from"));
                assertThat(statusOn(country, id, from, knownAt)).as("%s %s on %s", country, id, from)
                        .containsEntry("status", period.get("status"))
                        .containsEntry("since", period.get("from"))
                        .containsEntry("action", period.get("action"));
                if (period.get("to") != null) {
                    LocalDate lastDay = LocalDate.parse(period.get("to")).minusDays(1);
                    assertThat(statusOn(country, id, lastDay, knownAt)).as("%s %s on %s", country, id, lastDay)
                            .containsEntry("status", period.get("status"))
                            .containsEntry("since", period.get("from"));
                }
            }
        }
    }

    private static void assertAgreesWithParticipants(Response timeline, String knownAt) {
        List<Map<String, Object>> points = timeline.path("points");
        Map<String, Integer> previous = null;
        for (Map<String, Object> point : points) {
            LocalDate date = LocalDate.parse((String) point.get("date"));
            assertThat(point.get("counts")).as("on %s", date).isEqualTo(countsOn(date, knownAt));
            Map<String, Integer> dayBefore = countsOn(date.minusDays(1), knownAt);
            if (previous == null) {
                assertThat(dayBefore.values()).as("before the first point").containsOnly(0);
            } else {
                assertThat(dayBefore).as("the day before %s", date).isEqualTo(previous);
            }
            @SuppressWarnings("unchecked")
            Map<String, Integer> counts = (Map<String, Integer>) point.get("counts");
            previous = counts;
        }
    }

    private static Map<String, String> statusOn(String country, String instrument, LocalDate date, String knownAt) {
        Response position = RestAssured.get("/api/countries/{c}/position?asOf=" + date
                + (knownAt == null ? "" : "&knownAt=" + knownAt), country);
        List<Map<String, String>> statuses = position.path("instruments");
        return statuses.stream().filter(status -> status.get("instrument").equals(instrument)).findFirst()
                .orElseThrow();
    }

    private static Map<String, Integer> countsOn(LocalDate date, String knownAt) {
        return RestAssured.get("/api/instruments/CCM/participants?asOf=" + date
                + (knownAt == null ? "" : "&knownAt=" + knownAt)).path("counts");
    }

    private static String query(String knownAt) {
        return knownAt == null ? "" : "?knownAt=" + knownAt;
    }

    private static Map<String, String> period(String status, String from, String to, String action) {
        Map<String, String> period = new LinkedHashMap<>();
        period.put("status", status);
        period.put("from", from);
        period.put("to", to);
        period.put("action", action);
        return period;
    }
}
