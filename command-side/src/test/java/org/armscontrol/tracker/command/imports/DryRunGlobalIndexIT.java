package org.armscontrol.tracker.command.imports;

import io.restassured.path.json.JsonPath;
import org.armscontrol.tracker.command.it.CommandSideIntegrationTest;
import org.armscontrol.tracker.shared.value.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run uses up no global index: its events take theirs from a temporary sequence of its own transaction, so
 * the next real event follows the last one without a gap for the event processors to wait on; and two dry runs at
 * once do not wait for each other. Its report is what it was.
 */
class DryRunGlobalIndexIT extends CommandSideIntegrationTest {

    private static final String HEADER = "key,kind,country,instrument,action,date,forum,instruments,stance,summary,"
            + "sourceCitation\n";
    private static final int STATEMENTS = 300;

    @Autowired
    ImportService imports;
    @Autowired
    CsvImportReader reader;

    @Test
    void a_dry_run_leaves_no_gap_in_the_global_index() {
        String country = freshCountry();
        // Write something first, so that the sequence has been used and "the previous maximum" means something.
        asAlice().body(treatyAction(country, "CCW", "ACCEDED", "2001-01-01")).post("/api/treaty-actions")
                .then().statusCode(201);
        long maxBefore = maxGlobalIndex();
        long sequenceBefore = sequenceLastValue();
        assertThat(sequenceBefore).isEqualTo(maxBefore);

        StringBuilder csv = new StringBuilder(HEADER)
                .append("sign,treaty-action,%s,CCM,SIGNED,2008-12-03,,,,,UNTC\n".formatted(country))
                .append("ratify,treaty-action,%s,CCM,RATIFIED,2010-05-10,,,,,UNTC\n".formatted(country));
        for (int i = 0; i < STATEMENTS; i++) {
            csv.append("st-%d,statement,%s,,,2008-01-17,CCW GGE,CCW,NEUTRAL,Dry run statement %d,Notes\n"
                    .formatted(i, country, i));
        }
        // Depends on the ratification two rows up, in the same dry run: rejected.
        csv.append("ratify-again,treaty-action,%s,CCM,RATIFIED,2011-01-01,,,,,UNTC\n".formatted(country));
        csv.append("withdraw,treaty-action,%s,CCM,WITHDREW,2012-01-01,,,,,UNTC\n".formatted(country));
        int rows = STATEMENTS + 4;

        JsonPath report = ImportsIT.post(csv.toString(), "?dryRun=true&wait=120&duplicates=import").then()
                .statusCode(201)
                .extract().jsonPath();

        assertThat(report.getString("status")).isEqualTo("DONE");
        assertThat(report.getInt("rows")).isEqualTo(rows);
        assertThat(report.getInt("accepted")).isEqualTo(rows - 1);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        List<Map<String, Object>> results = report.getList("results");
        assertThat(results.get(0)).containsEntry("outcome", "WOULD_BE_ACCEPTED")
                .containsEntry("recordId", country + ":CCM").containsEntry("version", 0);
        assertThat(results.get(1)).as("the ratification sees the signature before it")
                .containsEntry("outcome", "WOULD_BE_ACCEPTED").containsEntry("recordId", country + ":CCM")
                .containsEntry("version", 1);
        assertThat(results.subList(2, 2 + STATEMENTS)).extracting(row -> row.get("outcome"))
                .containsOnly("WOULD_BE_ACCEPTED");
        assertThat(results.get(rows - 2)).containsEntry("outcome", "REJECTED").containsEntry("key", "ratify-again");
        assertThat(report.getString("results[%d].error.rule".formatted(rows - 2))).isEqualTo("ALREADY_PARTY");
        assertThat(results.get(rows - 1)).as("the rejected row left nothing behind")
                .containsEntry("outcome", "WOULD_BE_ACCEPTED").containsEntry("version", 2);

        assertThat(sequenceLastValue()).as("the identity sequence did not move").isEqualTo(sequenceBefore);
        assertThat(maxGlobalIndex()).isEqualTo(maxBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.events WHERE global_index <= 0",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relname = 'dry_run_global_index'",
                Long.class)).as("the temporary sequence went with the rollback").isZero();

        asAlice().body(treatyAction(country, "CCM", "SIGNED", "2008-12-03")).post("/api/treaty-actions")
                .then().statusCode(201);
        assertThat(jdbc.queryForList("SELECT global_index FROM event_store.events WHERE aggregate_id = ?",
                Long.class, country + ":CCM")).as("the next real event follows the last without a gap")
                .containsExactly(maxBefore + 1);
        assertThat(sequenceLastValue()).isEqualTo(maxBefore + 1);
    }

    /**
     * Each dry run counts down in a range of its own: were both to insert global index -1, the second would wait on
     * the primary key until the first one's transaction ended. Each run stops after its first row until the other
     * has done its first row too.
     */
    @Test
    void two_dry_runs_at_once_do_not_wait_for_each_other() throws Exception {
        CyclicBarrier bothPastTheirFirstRow = new CyclicBarrier(2);
        long sequenceBefore = sequenceLastValue();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<RowResult>> first = threads.submit(() -> dryRun(freshCountry(), bothPastTheirFirstRow));
            Future<List<RowResult>> second = threads.submit(() -> dryRun(freshCountry(), bothPastTheirFirstRow));
            for (List<RowResult> results : List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS))) {
                assertThat(results).hasSize(20).extracting(RowResult::outcome)
                        .containsOnly(Outcome.WOULD_BE_ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sequenceLastValue()).isEqualTo(sequenceBefore);
    }

    private List<RowResult> dryRun(String country, CyclicBarrier afterFirstRow) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) {
            // Keys of its own: two dry runs of the same row keys would wait for each other on the idempotency keys.
            csv.append("%s-%d,statement,%s,,,2008-01-17,CCW GGE,CCW,NEUTRAL,Concurrent dry run %d,Notes\n"
                    .formatted(country, i, country, i));
        }
        Consumer<RowResult> done = result -> {
            if (result.row() == 1) {
                try {
                    afterFirstRow.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the other dry run did not get past its first row", e);
                }
            }
        };
        return imports.run(reader.read(csv.toString()),
                new ImportRun(new Recorder("entry"), "test:" + UUID.randomUUID(), RowKeys.IMPORT, true,
                        Duplicates.IMPORT), done);
    }

    private static String treatyAction(String country, String instrument, String action, String date) {
        return """
                {"country": "%s", "instrument": "%s", "action": "%s", "date": "%s", "source": %s}"""
                .formatted(country, instrument, action, date, source("UNTC"));
    }

    private long maxGlobalIndex() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.events", Long.class);
    }

    /** The last value drawn from the identity sequence of global_index, whether or not its insert was committed. */
    private long sequenceLastValue() {
        String sequence = jdbc.queryForObject("SELECT pg_get_serial_sequence('event_store.events', 'global_index')",
                String.class);
        return jdbc.queryForObject("SELECT last_value FROM " + sequence, Long.class);
    }
}
