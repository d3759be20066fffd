package org.armscontrol.tracker.app.readme;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the README test finds its examples and reads what each one answers. */
class ReadmeShellExamplesTest {

    private static final String README = """
            # Title

            ```sh
            ./mvnw verify
            ```

            ```sh
            # Record it (201):
            curl -u entry:entry -X POST localhost:8080/api/votes -H 'Content-Type: application/json' \\
              -d '{"country":"BLR",
                   "date":"2024-12-02"}'   # a quoted line break
            curl -u analyst:analyst localhost:8080/api/countries/XXX/position   # 404
            curl -u analyst:analyst localhost:8080/api/countries/BLR/position
            ```

            <!-- not run by ReadmeExamplesIT: it locks the user out -->
            ```sh
            curl -u admin:wrong localhost:8080/api/session
            ```

            ```bash
            curl -u analyst:analyst 'localhost:8080/api/instruments/CCM/participants?asOf=2018-01-15'  # 193 states
            ```
            """;

    private final List<String> lines = README.lines().toList();

    @Test
    void onlyTheShellBlocksThatCallTheTrackerAndAreNotMarkedAreRun() {
        ReadmeShellExamples examples = ReadmeShellExamples.parse(README);

        assertThat(examples.blocks()).extracting(ReadmeShellExamples.Block::firstLine).containsExactly(8, 22);
        String script = examples.script(List.of("set -o pipefail"), 43210);
        assertThat(script).startsWith("set -o pipefail\n# Record it (201):\n")
                .contains("localhost:43210/api/votes").doesNotContain("localhost:8080").doesNotContain("admin:wrong");
    }

    @Test
    void aScriptLineMapsBackToItsReadmeLine() {
        ReadmeShellExamples examples = ReadmeShellExamples.parse(README);

        assertThat(examples.readmeLine(1, 1)).as("the prelude").isZero();
        assertThat(examples.readmeLine(3, 1)).isEqualTo(9);
        assertThat(lines.get(examples.readmeLine(8, 1) - 1)).contains("instruments/CCM/participants");
    }

    @Test
    void theStatusesAreThoseTheCommandsCommentsName() {
        assertThat(ExpectedStatuses.of(lines, 9)).as("the comment above").containsExactly(201);
        assertThat(ExpectedStatuses.of(lines, 12)).as("its trailing comment").containsExactly(404);
        assertThat(ExpectedStatuses.of(lines, 13)).isEmpty();
        assertThat(ExpectedStatuses.of(lines, 22)).as("193 is a count, not a status").isEmpty();
        assertThat(ExpectedStatuses.of(List.of("# newest first (limit 1–500, default 50):", "curl x"), 2))
                .as("a range's end is not a status").isEmpty();
    }

    @Test
    void aCommandWhoseCommentsNameNoStatusMustSucceed() {
        assertThat(ExpectedStatuses.acceptable(java.util.Set.of(), 200)).isTrue();
        assertThat(ExpectedStatuses.acceptable(java.util.Set.of(), 404)).isFalse();
        assertThat(ExpectedStatuses.acceptable(java.util.Set.of(404), 200)).isFalse();
        assertThat(ExpectedStatuses.acceptable(java.util.Set.of(400, 404), 404)).isTrue();
        assertThat(ExpectedStatuses.acceptable(java.util.Set.of(), 0)).as("no answer at all").isFalse();
    }
}
