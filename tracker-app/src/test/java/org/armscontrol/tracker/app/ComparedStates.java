package org.armscontrol.tracker.app;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Belarus's neighbours beside the Belarus demo data, for the comparison tests: Ukraine's, Russia's and Poland's
 * signature and ratification of the CCW and their consent to be bound by its Protocol IV, as the depositary's tables
 * (UN Treaty Collection, Chapter XXVI-2 and XXVI-2-a) record them. Recorded with idempotency keys, so that every
 * test class sharing the demo application may record them: the second time writes nothing. (Not Protocol V: the
 * browser test counts its parties.)
 */
public final class ComparedStates {

    public static final List<String> NEIGHBOURS = List.of("UKR", "RUS", "POL");

    private record Fact(String country, String instrument, String action, String date) {
    }

    private static final List<Fact> FACTS = List.of(
            new Fact("UKR", "CCW", "SIGNED", "1981-04-10"),
            new Fact("UKR", "CCW", "RATIFIED", "1982-06-23"),
            new Fact("RUS", "CCW", "SIGNED", "1981-04-10"),
            new Fact("RUS", "CCW", "RATIFIED", "1982-06-10"),
            new Fact("POL", "CCW", "SIGNED", "1981-04-10"),
            new Fact("POL", "CCW", "RATIFIED", "1983-06-02"),
            new Fact("UKR", "CCW-P4", "CONSENTED_TO_BE_BOUND", "2003-05-28"),
            new Fact("RUS", "CCW-P4", "CONSENTED_TO_BE_BOUND", "1999-09-09"),
            new Fact("POL", "CCW-P4", "CONSENTED_TO_BE_BOUND", "2004-09-23"));

    private ComparedStates() {
    }

    /** Records the facts (once per application) and waits until the read models show them. */
    public static void recordAndAwait() {
        record();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> RestAssured.given().auth().preemptive()
                .basic("analyst", "analyst").get("/api/compare?countries=POL&instruments=CCW-P4&asOf=2008-06-01")
                .then().statusCode(200).body("states[0].cells[0].status", equalTo("PARTY")));
    }

    /** Records the facts (once per application) as the data-entry user alice. */
    public static void record() {
        for (Fact fact : FACTS) {
            RestAssured.given().auth().preemptive().basic("alice", "alice").contentType(ContentType.JSON)
                    .header("Idempotency-Key", "compared-states:" + fact.country() + ":" + fact.instrument() + ":"
                            + fact.action())
                    .body("""
                            {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s",
                             "source": {"citation": "UN Treaty Collection, Multilateral Treaties Deposited with the \
                            Secretary-General, Chapter XXVI, status of %s"}}"""
                            .formatted(fact.country(), fact.instrument(), fact.action(), fact.date(),
                                    fact.instrument()))
                    .post("/api/treaty-actions").then().statusCode(201);
        }
    }
}
