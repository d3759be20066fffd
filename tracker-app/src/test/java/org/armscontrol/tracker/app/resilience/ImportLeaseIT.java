package org.armscontrol.tracker.app.resilience;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.testsupport.ApplicationProcess;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import whose instance is killed ({@code kill -9}) while it runs: the instance started in its place within
 * seconds marks it FAILED once the dead instance's lease expires, without another restart, and importing the file
 * again writes each row exactly once.
 */
class ImportLeaseIT {

    private static final int ROWS = 3_000;
    private static final MarkedStatementRows FILE = new MarkedStatementRows("lease", ROWS);
    private static final Path LOGS = Path.of("target", "import-lease");

    private static TestDatabase database;
    private static JdbcTemplate jdbc;
    private static final List<ApplicationProcess> processes = new ArrayList<>();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
    }

    @AfterAll
    static void stopEverything() {
        processes.forEach(ApplicationProcess::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void an_import_killed_mid_way_ends_failed_on_the_restarted_instance_and_no_row_is_written_twice() {
        ApplicationProcess first = start("command-first").awaitReady(Duration.ofMinutes(2));
        byte[] file = FILE.csv().getBytes(StandardCharsets.UTF_8);
        String importId = entry(first).contentType("text/csv").body(file).post("/api/imports?wait=0")
                .then().statusCode(202).extract().path("importId");
        await("the import under way").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> entry(first).get("/api/imports/" + importId).then().extract().<Integer>path("processed"),
                        processed -> processed >= 100);

        first.kill();
        Instant killed = Instant.now();
        ApplicationProcess second = start("command-second");
        assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(10));
        second.awaitReady(Duration.ofMinutes(2));

        // No restart after this one: the sweep on the running instance ends the import.
        await("the import FAILED").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> entry(second).get("/api/imports/" + importId).then().extract().<String>path("status"),
                        "FAILED"::equals);
        String failure = entry(second).get("/api/imports/" + importId).then().extract().path("failure");
        assertThat(failure).contains("lease expired");
        Map<Integer, Long> written = FILE.eventsByRow(jdbc);
        assertThat(written.values()).containsOnly(1L);
        assertThat(written.size()).isLessThan(ROWS);

        // The file again completes it: every row written, each once.
        entry(second).contentType("text/csv").body(file).post("/api/imports?wait=300").then().statusCode(201);
        Map<Integer, Long> complete = FILE.eventsByRow(jdbc);
        assertThat(complete).hasSize(ROWS);
        assertThat(complete.values()).containsOnly(1L);
    }

    private static ApplicationProcess start(String name) {
        String jar = System.getProperty("tracker.it.command-side.jar");
        assertThat(jar).as("system property tracker.it.command-side.jar (set by the tracker-app pom)").isNotNull();
        ApplicationProcess process = ApplicationProcess.start(name, Path.of(jar), LOGS, database);
        processes.add(process);
        return process;
    }

    private static RequestSpecification entry(ApplicationProcess target) {
        return RestAssured.given().port(target.port()).auth().preemptive().basic("writer-1", "writer-1");
    }
}
