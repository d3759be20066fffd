package org.armscontrol.tracker.app.reads;

import io.restassured.RestAssured;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.armscontrol.tracker.query.QuerySideApplication;
import org.armscontrol.tracker.testsupport.Applications;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/backup.sh and scripts/restore.sh, as the README tells an operator to use them: the event store is dumped
 * while the tracker runs, restored into an empty database, and a query side started on it rebuilds read models that
 * give the same answers as the original, down to the verdict on the hash chain.
 */
class BackupRestoreIT extends ReadsIntegrationTest {

    private static final Path SCRIPTS = Path.of(System.getProperty("tracker.it.scripts", "../scripts"));

    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username}")
    String databaseUser;
    @Value("${spring.datasource.password:}")
    String databasePassword;

    @TempDir
    Path directory;

    @Test
    void a_restored_backup_rebuilds_read_models_that_give_the_same_answers() throws Exception {
        String country = recordHistoryWithEveryKindOfChange();
        awaitReadModelsCaughtUp();
        Map<String, String> original = answers(port, country);
        Path dump = directory.resolve("tracker.dump");

        assertThat(run("backup.sh", libpq(databaseUrl), dump.toString())).startsWith("Backed up");

        try (TestDatabase empty = TestDatabase.create()) {
            assertThat(run("restore.sh", dump.toString(), libpq(empty.jdbcUrl())))
                    .startsWith("Restored").contains("rebuilds the read models");
            ScriptResult again = execute("restore.sh", dump.toString(), libpq(empty.jdbcUrl()));
            assertThat(again.exitCode()).as("a restore over an existing event store is refused").isEqualTo(1);
            assertThat(again.output()).contains("already has an event store");

            // No integrity checkpoint of its own (it would take one at once on a store that has none): the
            // restored tracker must answer verify as the original did.
            ConfigurableApplicationContext querySide = Applications.start(QuerySideApplication.class, "query-side",
                    empty.jdbcUrl(), empty.username(), empty.password(), "--tracker.audit.checkpoint-interval=0");
            try {
                int restoredPort = Applications.port(querySide);
                ReadModelsCaughtUp.await(() -> RestAssured.given().port(restoredPort), Duration.ofSeconds(60));
                assertThat(answers(restoredPort, country)).isEqualTo(original);
            } finally {
                querySide.close();
            }
        }
    }

    /** The analyst's and the auditor's reads of one country, as the JSON each returns. */
    private static Map<String, String> answers(int port, String country) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/countries/" + country + "/history",
                "/api/countries/" + country + "/position?asOf=2011-01-01",
                "/api/countries/" + country + "/position?asOf=2030-01-01",
                "/api/instruments/CCM/participants?asOf=2011-01-01",
                "/api/statements?country=" + country + "&includeRetracted=true",
                "/api/audit/events?country=" + country,
                // The same verdict on the hash chain (other tests of this context add unhashed legacy rows).
                "/api/audit/verify")) {
            answers.put(path, RestAssured.given().port(port).get(path).then().statusCode(200).extract().asString());
        }
        return answers;
    }

    /** jdbc:postgresql://host:port/db?... as the libpq URI the scripts take, with the test database's user. */
    private String libpq(String jdbcUrl) {
        String uri = jdbcUrl.substring("jdbc:".length()).replaceFirst("\\?.*$", "");
        return uri.replaceFirst("^postgresql://", "postgresql://" + databaseUser + "@");
    }

    private String run(String script, String... arguments) throws Exception {
        ScriptResult result = execute(script, arguments);
        assertThat(result.exitCode()).as(script + " exit code; output:%n%s", result.output()).isZero();
        return result.output();
    }

    private ScriptResult execute(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!databasePassword.isEmpty()) {
            builder.environment().put("PGPASSWORD", databasePassword);
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 2 minutes");
        }
        return new ScriptResult(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private record ScriptResult(int exitCode, String output) {
    }
}
