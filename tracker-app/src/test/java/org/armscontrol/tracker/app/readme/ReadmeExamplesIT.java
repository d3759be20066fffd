package org.armscontrol.tracker.app.readme;

import io.restassured.RestAssured;
import org.armscontrol.tracker.app.EmbeddedDefault;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples run as written, in the README's order, on a fresh embedded default (the tracker as the
 * README's run command starts it: its own embedded PostgreSQL, the demo and reference data, the demo users), so
 * that the documentation cannot drift from the tracker. Each call must answer what its comment says (a status it
 * names) or succeed; each command must exit 0. Only {@code localhost:8080} is changed, to the port the test got.
 */
class ReadmeExamplesIT {

    /** The README's examples make well over this many calls; fewer means examples were left out by mistake. */
    private static final int AT_LEAST_CALLS = 80;
    private static final Pattern CALL = Pattern.compile("^@@HTTP (\\d{3}) (\\d+)$");
    private static final Pattern FAILED = Pattern.compile("^@@FAILED (\\d+) (\\d+)$");
    private static final List<String> PRELUDE = List.of(
            "set -o pipefail",
            // Each call says its status and the line it was made from, on stderr, whatever it writes on stdout.
            "curl() { command curl --silent --show-error --max-time 150 "
                    + "--write-out \"%{stderr}@@HTTP %{http_code} ${BASH_LINENO[0]}\\n\" \"$@\"; }",
            "trap 'echo \"@@FAILED $? $LINENO\" >&2' ERR");

    @TempDir
    Path workingDirectory;

    @Test
    void theReadmesExamplesRunAsWrittenOnAFreshEmbeddedDefault() throws Exception {
        Path root = Path.of(System.getProperty("tracker.it.repository", "..")).toAbsolutePath().normalize();
        List<String> readme = Files.readAllLines(root.resolve("README.md"));
        ReadmeShellExamples examples = ReadmeShellExamples.parse(String.join("\n", readme));
        assertThat(examples.blocks()).as("shell blocks calling the tracker").hasSizeGreaterThan(20);

        try (ConfigurableApplicationContext tracker = EmbeddedDefault.start(workingDirectory)) {
            int port = EmbeddedDefault.port(tracker);
            RestAssured.port = port;
            ReadModelsCaughtUp.await(() -> RestAssured.given().auth().preemptive().basic("admin", "admin"),
                    Duration.ofSeconds(90));

            Path shell = Files.createDirectories(workingDirectory.resolve("shell"));
            // The examples name the repository's files as from its root (the depositary's tables).
            Files.createSymbolicLink(shell.resolve("command-side"), root.resolve("command-side"));
            Path script = Files.writeString(shell.resolve("readme.sh"), examples.script(PRELUDE, port));
            Process bash = new ProcessBuilder("bash", script.toString()).directory(shell.toFile())
                    .redirectOutput(shell.resolve("stdout").toFile())
                    .redirectError(shell.resolve("stderr").toFile())
                    .start();
            assertThat(bash.waitFor(8, TimeUnit.MINUTES)).as("the examples ended").isTrue();

            List<String> problems = new ArrayList<>();
            int calls = 0;
            for (String line : Files.readAllLines(shell.resolve("stderr"), StandardCharsets.UTF_8)) {
                Matcher call = CALL.matcher(line);
                Matcher failed = FAILED.matcher(line);
                if (call.matches()) {
                    calls++;
                    int status = Integer.parseInt(call.group(1));
                    int at = examples.readmeLine(Integer.parseInt(call.group(2)), PRELUDE.size());
                    Set<Integer> expected = ExpectedStatuses.of(readme, at);
                    if (!ExpectedStatuses.acceptable(expected, status)) {
                        problems.add("README line " + at + " answered " + status + ", the README says "
                                + (expected.isEmpty() ? "it succeeds" : expected) + ": " + (at > 0 ? readme.get(at - 1).strip() : "?"));
                    }
                } else if (failed.matches()) {
                    int at = examples.readmeLine(Integer.parseInt(failed.group(2)), PRELUDE.size());
                    problems.add("README line " + at + " exited " + failed.group(1) + ": "
                            + (at > 0 ? readme.get(at - 1).strip() : "?"));
                } else if (!line.isBlank()) {
                    problems.add("stderr: " + line);
                }
            }
            assertThat(problems).as("the README's examples, run as written (output in %s)", shell).isEmpty();
            assertThat(calls).as("calls made by the README's examples").isGreaterThanOrEqualTo(AT_LEAST_CALLS);
        }
    }
}
