package org.armscontrol.tracker.command.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.testsupport.Applications;
import org.armscontrol.tracker.platform.Launch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers on one record: within one instance and across two instances sharing the event store. No write is
 * lost, none is recorded twice, and two writers never both get the same sequence number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyIT extends CommandSideIntegrationTest {

    private static final int WRITERS = 16;

    @Value("${spring.datasource.url}")
    private String databaseUrl;
    @Value("${spring.datasource.username}")
    private String databaseUser;
    @Value("${spring.datasource.password:}")
    private String databasePassword;

    @Autowired
    private DataSource dataSource;

    private ConfigurableApplicationContext secondInstance;
    private int secondPort;

    @BeforeAll
    void startASecondInstanceOnTheSameEventStore() {
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

    private String recordStatement() {
        return asAlice().body(StatementsIT.JANUARY_2008.formatted(freshCountry())).post("/api/statements")
                .then().statusCode(201).extract().path("statementId");
    }

    /** Sends {@code WRITERS} requests at once, alternating between the instances when {@code bothInstances}. */
    private List<Integer> sendConcurrently(boolean bothInstances, java.util.function.IntFunction<String> body,
                                           String path, Object... pathParams) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                int targetPort = bothInstances && writer % 2 == 1 ? secondPort : port;
                requests.add(() -> RestAssured.given().port(targetPort).contentType(ContentType.JSON)
                        .auth().preemptive().basic("writer-" + writer, "writer-" + writer).body(body.apply(writer))
                        .post(path, pathParams).statusCode());
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

    private void assertContiguousSequence(String aggregateId, long expectedEvents) {
        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM event_store.events WHERE aggregate_id = ? "
                + "ORDER BY sequence_number", Long.class, aggregateId);
        assertThat(sequence).hasSize((int) expectedEvents);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
    }

    @Test
    void concurrent_amendments_on_one_instance_are_all_recorded_once() throws Exception {
        String id = recordStatement();
        List<Integer> statuses = sendConcurrently(false,
                writer -> "{\"summary\": \"Version by writer " + writer + "\", \"reason\": \"concurrent edit\"}",
                "/api/statements/{id}/amendments", id);
        assertThat(statuses).containsOnly(200);
        assertContiguousSequence(id, 1 + WRITERS);
    }

    @Test
    void concurrent_amendments_across_two_instances_lose_nothing_and_duplicate_nothing() throws Exception {
        String id = recordStatement();
        List<Integer> statuses = sendConcurrently(true,
                writer -> "{\"summary\": \"Version by writer " + writer + "\", \"reason\": \"concurrent edit\"}",
                "/api/statements/{id}/amendments", id);
        assertThat(statuses).as("each write is accepted, or refused cleanly as a conflict").isSubsetOf(200, 409);
        long accepted = statuses.stream().filter(status -> status == 200).count();
        assertThat(accepted).as("retries settle most conflicts").isGreaterThan(WRITERS / 2);
        assertContiguousSequence(id, 1 + accepted);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT payload->>'recordedBy') FROM event_store.event_log "
                + "WHERE aggregate_id = ? AND sequence_number > 0", Long.class, id))
                .as("every accepted writer's amendment is in the store").isEqualTo(accepted);
    }

    /**
     * A writer that PostgreSQL makes lose: another transaction appends the next event of the record while the
     * command is being handled. The command's append then violates the unique sequence number, and the command is
     * retried on the fresh state instead of failing or overwriting.
     */
    @Test
    void a_write_that_loses_the_race_for_a_sequence_number_is_retried_on_the_fresh_state() throws Exception {
        String id = recordStatement();
        asAlice().body("{\"stance\": \"SUPPORTS\", \"reason\": \"first amendment\"}")
                .post("/api/statements/{id}/amendments", id).then().statusCode(200);
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement append = rival.prepareStatement("""
                    INSERT INTO event_store.events (event_id, aggregate_type, aggregate_id, sequence_number,
                        recorded_at, payload_type, payload_revision, payload, metadata)
                    SELECT gen_random_uuid()::text, aggregate_type, aggregate_id, 2, now(), payload_type,
                           payload_revision, payload, metadata
                    FROM event_store.events WHERE aggregate_id = ? AND sequence_number = 1""")) {
                append.setString(1, id);
                assertThat(append.executeUpdate()).isEqualTo(1);
            }
            ExecutorService client = Executors.newSingleThreadExecutor();
            Future<io.restassured.response.Response> amendment = client.submit(() -> asAlice()
                    .body("{\"summary\": \"Amended while a rival wrote\", \"reason\": \"second amendment\"}")
                    .post("/api/statements/{id}/amendments", id));
            awaitAppendBlockedByRival();
            rival.commit();
            io.restassured.response.Response response = amendment.get(30, TimeUnit.SECONDS);
            client.shutdown();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.<Integer>path("version")).as("appended after the rival's event").isEqualTo(3);
        }
        assertContiguousSequence(id, 4);
    }

    /** Waits (with a deadline) until some session waits on a lock: the command's append behind the rival's row. */
    private void awaitAppendBlockedByRival() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Long waiting = jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE NOT granted", Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the command never reached its append");
    }

    @Test
    void concurrent_ratifications_of_one_participation_across_two_instances_record_one() throws Exception {
        String country = freshCountry();
        List<Integer> statuses = sendConcurrently(true, writer -> """
                {"country": "%s", "instrument": "CCW-P5", "action": "RATIFIED", "date": "2008-09-29",
                 "source": {"citation": "Monitor"}}""".formatted(country), "/api/treaty-actions");
        assertThat(statuses).isSubsetOf(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertContiguousSequence(country + ":CCW-P5", 1);
    }
}
