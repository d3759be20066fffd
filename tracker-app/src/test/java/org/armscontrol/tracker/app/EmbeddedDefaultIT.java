package org.armscontrol.tracker.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;

/**
 * What a new user gets from the README's run command: the tracker on its own embedded PostgreSQL, the Belarus
 * demo data loaded, the data still there (and not loaded twice) after a restart.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path workingDirectory;

    private ConfigurableApplicationContext start() {
        return EmbeddedDefault.start(workingDirectory);
    }

    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM event_store.events", Long.class);
    }

    /** The signatories and parties the tracker counts equal those printed in the depositary's headers (and given). */
    private static void theCountsAsOf15January2018AreTheDepositarysHeaderCounts() {
        Map<String, String> ids = Map.of("ENMOD", "ENMOD", "CCW-PROTOCOL-IV", "CCW-P4",
                "CCW-AMENDED-PROTOCOL-II", "CCW-AP2", "CCW-ARTICLE1-AMENDMENT", "CCW-ART1",
                "CCW-PROTOCOL-V", "CCW-P5", "CCM", "CCM", "KINSHASA", "KINSHASA", "ATT", "ATT", "TPNW", "TPNW");
        List<String> lines = counts();
        assertThat(lines).hasSize(9);
        for (String line : lines) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            String instrument = ids.get(cells[0]);
            int signatories = cells[2].isEmpty() ? 0 : Integer.parseInt(cells[2]);
            int parties = Integer.parseInt(cells[3]);
            RestAssured.get("/api/instruments/{i}/participants?asOf=2018-01-15", instrument).then()
                    .statusCode(200)
                    .body("depositaryCounts.signatories", equalTo(signatories))
                    .body("depositaryCounts.parties", equalTo(parties))
                    .body("depositaryHeader.parties", equalTo(parties));
        }
    }

    private static void theDepositarysFootnotesAreFactsOfTheParticipation() {
        String ccm = "instruments.find { it.instrument == 'CCM' }.reservations";
        String att = "instruments.find { it.instrument == 'ATT' }.reservations";
        RestAssured.get("/api/countries/DNK/position?asOf=2018-01-15").then().statusCode(200)
                .body(ccm + ".kind", hasItem("TERRITORIAL_DECLARATION"))
                .body(ccm + "[0].text", org.hamcrest.Matchers.containsString("Faroe Islands"))
                .body(att + "[0].text", org.hamcrest.Matchers.containsString("Faroe Islands and Greenland"));
    }

    private static void aDepositaryTableImportedAsItIsWritesNothingNew() {
        String table = resource("reference/untc-2018/untc_ccm.csv");
        RestAssured.given().auth().preemptive().basic("entry", "entry").contentType("text/csv")
                .body(table.getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?wait=120").then().log().ifValidationFails().statusCode(201)
                .body("rejected", equalTo(0))
                .body("alreadyImported", equalTo(214));
    }

    private static List<String> counts() {
        return resource("depositary/untc_counts.csv").lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    private static String resource(String name) {
        try (var in = EmbeddedDefaultIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_embedded_default_starts_with_the_demo_data_and_keeps_it_across_restarts() {
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            RestAssured.port = EmbeddedDefault.port(first);
            // The embedded demo's users (README): entry/entry records, analyst/analyst reads.
            RestAssured.authentication = RestAssured.preemptive().basic("analyst", "analyst");
            eventsAfterFirstStart = events(first);
            // The demo data set (19 facts, 2 corrections of them) and the reference data: 1,055 rows of the
            // depositary's tables, one of which (Belarus's consent to Protocol V) the demo data already holds, and
            // two footnotes of the tables (Denmark's territorial exclusions).
            assertThat(eventsAfterFirstStart).as("the demo and reference data sets").isEqualTo(21 + 1_054 + 2);
            // The read models follow the store: wait until they hold all of it before counting.
            ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                    java.time.Duration.ofSeconds(60));
            theCountsAsOf15January2018AreTheDepositarysHeaderCounts();
            aDepositaryTableImportedAsItIsWritesNothingNew();
            theDepositarysFootnotesAreFactsOfTheParticipation();

            RestAssured.get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
            // The API document says how to sign in (Swagger UI's Authorize button) and shows no spurious
            // "request" query object on the writes.
            RestAssured.get("/v3/api-docs").then().statusCode(200)
                    .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"))
                    .body("security[0].basicAuth", org.hamcrest.Matchers.empty())
                    .body("paths.'/api/treaty-actions'.post.parameters.name",
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("request")));
            RestAssured.get("/api/instruments").then().statusCode(200).body("id", hasItem("CCW-P5"));
            RestAssured.given().contentType(ContentType.JSON).auth().preemptive().basic("entry", "entry").body("""
                            {"country": "BLR", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                             "source": {"citation": "Cluster Munition Monitor"}}""")
                    .post("/api/treaty-actions")
                    .then().statusCode(409).body("rule", equalTo("ALREADY_PARTY"));

            // The demo data reads back: Belarus's position and its three CCW statements of 2007-2008.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> RestAssured
                    .get("/api/countries/BLR/position?asOf=2008-12-31").then().statusCode(200)
                    .body("instruments.find { it.instrument == 'CCW-P5' }.status", equalTo("PARTY"))
                    .body("instruments.find { it.instrument == 'CCW-P5' }.since", equalTo("2008-09-29"))
                    .body("instruments.find { it.instrument == 'NSG' }.status", equalTo("MEMBER"))
                    .body("stockpiles.weaponSystem", hasItem("RBK-500")));
            RestAssured.get("/api/statements?country=BLR&instrument=CCW&from=2007-01-01&to=2008-12-31").then()
                    .statusCode(200)
                    .body("statements.date", hasItems("2007-11-07", "2008-01-17", "2008-04-08"));
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(events(second)).as("kept, and the demo data not loaded twice").isEqualTo(eventsAfterFirstStart);
        }
    }
}
