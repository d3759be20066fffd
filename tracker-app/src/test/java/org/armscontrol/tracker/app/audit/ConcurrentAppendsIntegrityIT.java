package org.armscontrol.tracker.app.audit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.testsupport.Applications;
import org.armscontrol.tracker.platform.Launch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers racing for the same record, in this process and in a second command-side instance on the same event store:
 * the losers of an append are retried and sealed again against the event that won, so the chain still verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// A database of its own: the other tests of this package tamper with theirs.
@DirtiesContext
@TestPropertySource(properties = "tracker.audit.checkpoint-interval=0")
class ConcurrentAppendsIntegrityIT extends IntegrityIntegrationTest {

    private static final int WRITERS = 16;

    @Value("${spring.datasource.url}")
    private String databaseUrl;
    @Value("${spring.datasource.username}")
    private String databaseUser;
    @Value("${spring.datasource.password:}")
    private String databasePassword;

    private ConfigurableApplicationContext secondInstance;
    private int secondPort;

    @BeforeAll
    void startASecondCommandSideOnTheSameEventStore() {
        Launch.prepare();
        secondInstance = Applications.start(CommandSideApplication.class, "command-side", databaseUrl, databaseUser,
                databasePassword);
        secondPort = Applications.port(secondInstance);
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void concurrent_amendments_of_one_statement_from_two_instances_still_verify() throws Exception {
        String statementId = statement("NOR");
        List<Integer> statuses = sendConcurrently(writer -> RestAssured.given()
                .port(writer % 2 == 0 ? port : secondPort).contentType(ContentType.JSON)
                .auth().preemptive().basic("writer-" + writer, "writer-" + writer)
                .body("{\"summary\": \"Version by writer " + writer + "\", \"reason\": \"concurrent edit\"}")
                .post("/api/statements/{id}/amendments", statementId).statusCode());
        assertThat(statuses).isSubsetOf(200, 409);
        long accepted = statuses.stream().filter(status -> status == 200).count();
        assertThat(accepted).as("retries settle most conflicts").isGreaterThan(WRITERS / 2);

        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM event_store.events "
                + "WHERE aggregate_id = ? ORDER BY sequence_number", Long.class, statementId);
        assertThat(sequence).hasSize((int) accepted + 1);
        JsonPath verification = verify();
        assertThat(verification.getBoolean("verified")).as(verification.prettify()).isTrue();
        assertThat(verification.getLong("events")).isEqualTo(eventCount());
    }

    @Test
    void concurrent_first_writes_of_many_records_from_two_instances_still_verify() throws Exception {
        String[] countries = {"SWE", "FIN", "DNK", "ISL"};
        List<Integer> statuses = sendConcurrently(writer -> RestAssured.given()
                .port(writer % 2 == 0 ? port : secondPort).contentType(ContentType.JSON)
                .auth().preemptive().basic("writer-" + writer, "writer-" + writer)
                .body("""
                        {"country": "%s", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                         "source": {"citation": "Monitor"}}""".formatted(countries[writer % countries.length]))
                .post("/api/treaty-actions").statusCode());
        assertThat(statuses).isSubsetOf(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(countries.length);

        JsonPath verification = verify();
        assertThat(verification.getBoolean("verified")).as(verification.prettify()).isTrue();
        assertThat(verification.getLong("events")).isEqualTo(eventCount());
        assertThat(verification.getLong("streams")).isEqualTo(streamCount());
    }

    private interface Writer {
        int write(int writer);
    }

    private static List<Integer> sendConcurrently(Writer request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                requests.add(() -> request.write(writer));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
