package org.armscontrol.tracker.app.resilience;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.testsupport.ApplicationProcess;
import org.armscontrol.tracker.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tracker as "run it" starts it (one JVM, its embedded PostgreSQL) stopped with SIGTERM, as an operator or an
 * orchestrator stops it: it exits within seconds, in order (the database last, so nothing still running loses it),
 * and an import under way ends between two rows, FAILED, each row written once or not at all.
 */
class GracefulShutdownIT {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(10);
    private static final int ROWS = 3_000;
    private static final MarkedStatementRows FILE = new MarkedStatementRows("stop", ROWS);
    private static final Path LOGS = Path.of("target", "graceful-shutdown");

    private final List<ApplicationProcess> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(ApplicationProcess::close);
    }

    @Test
    void an_idle_tracker_exits_within_ten_seconds_of_sigterm_and_its_database_outlives_every_user() throws IOException {
        Embedded embedded = Embedded.fresh("idle");
        ApplicationProcess tracker = start("idle", embedded).awaitReady(Duration.ofMinutes(2));

        Instant sent = Instant.now();
        assertThat(tracker.terminate(EXIT_WITHIN)).as("exited within %s of SIGTERM", EXIT_WITHIN).isTrue();

        assertThat(Duration.between(sent, Instant.now())).isLessThan(EXIT_WITHIN);
        assertNothingLostItsDatabase(tracker);
    }

    @Test
    void an_import_under_way_ends_failed_at_sigterm_with_each_row_written_once_or_not_at_all() throws IOException {
        Embedded embedded = Embedded.fresh("import");
        ApplicationProcess first = start("import-first", embedded).awaitReady(Duration.ofMinutes(2));
        String importId = entry(first).contentType("text/csv").body(FILE.csv().getBytes(StandardCharsets.UTF_8))
                .post("/api/imports?wait=0").then().statusCode(202).extract().path("importId");
        await("the import under way").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> entry(first).get("/api/imports/" + importId).then().extract().<Integer>path("processed"),
                        processed -> processed >= 100);

        assertThat(first.terminate(EXIT_WITHIN)).as("exited within %s of SIGTERM", EXIT_WITHIN).isTrue();
        assertNothingLostItsDatabase(first);

        // Read at once by the next start (before any lease could expire and be swept): the stop itself ended it.
        ApplicationProcess second = start("import-second", embedded).awaitReady(Duration.ofMinutes(2));
        JsonPath report = entry(second).get("/api/imports/" + importId).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("FAILED");
        assertThat(report.getString("failure")).contains("was stopped after");
        int accepted = report.getInt("accepted");
        assertThat(accepted).isBetween(100, ROWS - 1);
        Map<Integer, Long> written = eventsByRow(embedded);
        assertThat(written).hasSize(accepted);
        assertThat(written.values()).containsOnly(1L);
    }

    /** The embedded PostgreSQL went away only after the processors, heartbeats and imports had stopped. */
    private static void assertNothingLostItsDatabase(ApplicationProcess tracker) throws IOException {
        String log = Files.readString(tracker.logFile());
        assertThat(log).contains("Shutdown completed")
                .doesNotContain("An I/O error occurred while sending to the backend")
                .doesNotContain("This connection has been closed")
                .doesNotContain("Timed out during shutdown phase");
    }

    private ApplicationProcess start(String name, Embedded embedded) {
        String jar = System.getProperty("tracker.it.tracker-app.jar");
        assertThat(jar).as("system property tracker.it.tracker-app.jar (set by the tracker-app pom)").isNotNull();
        List<String> arguments = new ArrayList<>(List.of(
                "--tracker.embedded-postgres.data-directory=" + embedded.dataDirectory().toAbsolutePath(),
                "--tracker.embedded-postgres.port=" + embedded.port(),
                "--tracker.demo-data.enabled=false"));
        arguments.addAll(Arrays.asList(TestUsers.arguments()));
        ApplicationProcess process = ApplicationProcess.startWithout(name, Path.of(jar), LOGS,
                List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), arguments);
        processes.add(process);
        return process;
    }

    private static RequestSpecification entry(ApplicationProcess target) {
        return RestAssured.given().port(target.port()).auth().preemptive().basic("writer-1", "writer-1");
    }

    /** How many events carry each row's marker, read from the embedded database while the tracker runs. */
    private static Map<Integer, Long> eventsByRow(Embedded embedded) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + embedded.port() + "/postgres", "postgres", ""));
        return FILE.eventsByRow(jdbc);
    }

    /** An embedded database of its own for each test: a fresh data directory and a free port. */
    private record Embedded(Path dataDirectory, int port) {

        static Embedded fresh(String name) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return new Embedded(LOGS.resolve("pg-" + name + "-" + System.nanoTime()), socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
