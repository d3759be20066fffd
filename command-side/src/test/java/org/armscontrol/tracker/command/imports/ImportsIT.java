package org.armscontrol.tracker.command.imports;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.armscontrol.tracker.command.it.CommandSideIntegrationTest;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A file of 10,000 rows made from a seeded synthetic history, with 20 bad rows at known places: the dry run finds
 * exactly those and writes nothing; the import writes every good row, each once, with its progress visible while it
 * runs; importing the file again, as another user, writes nothing. A database of its own (this class's context),
 * so that event counts are exact; imports are limited to 4 MB here.
 */
@TestPropertySource(properties = "tracker.imports.max-body-size=4MB")
class ImportsIT extends CommandSideIntegrationTest {

    private static final long SEED = 20_240_611L;
    private static final int GOOD_ROWS = 10_000;

    /** A bad row, what its single write would answer (a field at fault or a rule broken) and its status. */
    private record BadRow(Map<String, String> cells, int status, String fieldOrRule) {
    }

    @Test
    void ten_thousand_rows_dry_run_then_import_then_again() {
        List<Map<String, String>> good = SyntheticCsv.rows(SEED, 60, GOOD_ROWS,
                command -> !"BLR".equals(countryOf(command)));
        Map<Integer, BadRow> bad = new TreeMap<>();
        List<Map<String, String>> rows = withBadRows(good, bad);
        String csv = SyntheticCsv.csv(rows);
        assertThat(csv.length()).isBetween(1_000_000, 4_000_000);
        long events = count("event_store.events");
        long keys = count("command_side.idempotency_keys");

        long start = System.nanoTime();
        // Synthetic statements share days and forums: not duplicates here (ImportRequestsIT tests those).
        JsonPath dryRun = post(csv, "?dryRun=true&wait=300&duplicates=import").then().statusCode(201).extract().jsonPath();
        long dryRunMillis = millisSince(start);
        assertThat(dryRun.getBoolean("dryRun")).isTrue();
        assertThat(dryRun.getString("status")).isEqualTo("DONE");
        assertThat(dryRun.getInt("rows")).isEqualTo(rows.size());
        assertThat(dryRun.getInt("accepted")).isEqualTo(GOOD_ROWS);
        assertThat(dryRun.getInt("rejected")).isEqualTo(bad.size());
        assertThat(dryRun.getList("results.outcome")).containsOnly("WOULD_BE_ACCEPTED", "REJECTED");
        assertRejectedExactly(dryRun, bad);
        assertThat(count("event_store.events")).as("a dry run writes no event").isEqualTo(events);
        assertThat(count("command_side.idempotency_keys")).as("nor an idempotency key").isEqualTo(keys);

        start = System.nanoTime();
        Response accepted = post(csv, "?wait=0&duplicates=import");
        accepted.then().statusCode(202).header("Location", startsWith("/api/imports/"))
                .body("status", equalTo("RUNNING")).body("rows", equalTo(rows.size()));
        String location = accepted.header("Location");
        List<Integer> progressSeen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonPath now = RestAssured.get(location).then().statusCode(200).extract().jsonPath();
            progressSeen.add(now.getInt("processed"));
            return !now.getString("status").equals("RUNNING");
        });
        long importMillis = millisSince(start);
        JsonPath done = RestAssured.get(location).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("processed")).isEqualTo(rows.size());
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(progressSeen).as("progress while it ran").anyMatch(n -> n > 0 && n < rows.size());
        assertThat(progressSeen).isSorted();
        assertThat(done.getInt("accepted")).isEqualTo(GOOD_ROWS);
        assertThat(done.getInt("rejected")).isEqualTo(bad.size());
        assertRejectedExactly(done, bad);
        assertThat(count("event_store.events")).isEqualTo(events + GOOD_ROWS);
        assertThat(count("command_side.idempotency_keys")).isEqualTo(keys + GOOD_ROWS);
        assertWritten(done, rows);

        start = System.nanoTime();
        JsonPath again = post(csv, "?wait=300&duplicates=import", "bob").then().statusCode(201).extract().jsonPath();
        long againMillis = millisSince(start);
        assertThat(again.getInt("alreadyImported")).isEqualTo(GOOD_ROWS);
        assertThat(again.getInt("accepted")).isZero();
        assertRejectedExactly(again, bad);
        assertThat(again.getList("results.recordId")).isEqualTo(done.getList("results.recordId"));
        assertThat(count("event_store.events")).as("importing again writes nothing").isEqualTo(events + GOOD_ROWS);

        System.out.printf("ImportsIT: %d rows, %d bytes: dry run %d ms (%d rows/s), import %d ms (%d rows/s), "
                        + "again %d ms (%d rows/s)%n", rows.size(), csv.length(), dryRunMillis,
                rate(rows.size(), dryRunMillis), importMillis, rate(rows.size(), importMillis), againMillis,
                rate(rows.size(), againMillis));
    }

    @Test
    void a_file_may_be_larger_than_a_single_write_but_not_than_the_import_limit() {
        String row = "k%d,statement,%s,2008-01-17,CCW GGE,CCW,NEUTRAL,%s,Notes\n";
        String country = freshCountry();
        StringBuilder csv = new StringBuilder("key,kind,country,date,forum,instruments,stance,summary,sourceCitation\n");
        String summary = "x".repeat(1_000);
        for (int i = 0; csv.length() < 300 * 1024; i++) {
            csv.append(row.formatted(i, country, summary));
        }
        post(csv.toString(), "?dryRun=true&wait=120").then().statusCode(201)
                .body("rejected", equalTo(0));
        csv.append(csv.toString().repeat(13)); // over the 4 MB of this context
        post(csv.toString(), "").then().statusCode(413).body("field", equalTo("body"));
    }

    /** 20 bad rows spread over the file: every 500th row is followed by one. */
    private static List<Map<String, String>> withBadRows(List<Map<String, String>> good, Map<Integer, BadRow> bad) {
        List<Map<String, String>> rows = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < good.size(); i++) {
            Map<String, String> row = good.get(i);
            rows.add(row);
            if ((i + 1) % 500 == 0) {
                BadRow badRow = badRow(made++, good, i);
                rows.add(badRow.cells());
                bad.put(rows.size(), badRow);
            }
        }
        return rows;
    }

    /** The n-th bad row, placed after good row {@code after}: each kind of mistake twice. */
    private static BadRow badRow(int n, List<Map<String, String>> good, int after) {
        String key = "bad-" + n;
        return switch (n % 10) {
            case 0 -> new BadRow(like(good, after, "treaty-action", key, "date", "17/01/2008"), 400, "date");
            case 1 -> new BadRow(like(good, after, "statement", key, "country", "XXX"), 400, "country");
            case 2 -> new BadRow(like(good, after, "treaty-action", key, "sourceCitation", null), 400,
                    "source.citation");
            case 3 -> new BadRow(like(good, after, "statement", key, "date", "2999-01-01"), 409, "DATE_IN_FUTURE");
            case 4 -> new BadRow(like(good, after, "treaty-action", key, "instrument", "XYZ"), 400, "instrument");
            case 5 -> {
                // Ratifying again a day later (the same act on the same date is a duplicate, ALREADY_RECORDED).
                Map<String, String> again = new LinkedHashMap<>(lastRatification(good));
                again.put("key", key);
                again.put("date", java.time.LocalDate.parse(again.get("date")).plusDays(1).toString());
                yield new BadRow(again, 409, "ALREADY_PARTY");
            }
            case 6 -> new BadRow(like(good, after, "statement", key, "instruments", "CCW;"), 400, "instruments[1]");
            case 7 -> new BadRow(like(good, after, "treaty-action", good.get(after).get("key"), "note",
                    "the key of the row before, with other content"), 422, "key");
            case 8 -> new BadRow(like(good, after, "statement", key, "kind", "pamphlet"), 400, "kind");
            default -> new BadRow(like(good, after, "treaty-action", key, "datePrecision", "DECADE"), 400,
                    "datePrecision");
        };
    }

    /** The last good row of {@code kind} up to {@code before}, under {@code key}, with one cell changed. */
    private static Map<String, String> like(List<Map<String, String>> good, int before, String kind, String key,
                                            String column, String value) {
        for (int i = before; i >= 0; i--) {
            if (kind.equals(good.get(i).get("kind"))) {
                Map<String, String> cells = new LinkedHashMap<>(good.get(i));
                cells.put("key", key);
                cells.put(column, value);
                if (column.equals("sourceCitation")) {
                    cells.put("sourceUrl", "https://example.org/notes.pdf");
                }
                return cells;
            }
        }
        throw new IllegalStateException("no " + kind + " row before row " + before);
    }

    /** The last ratification of the file that nothing follows on its record: ratifying again breaks one rule only. */
    private static Map<String, String> lastRatification(List<Map<String, String>> good) {
        Set<String> laterRecords = new HashSet<>();
        for (int i = good.size() - 1; i >= 0; i--) {
            Map<String, String> row = good.get(i);
            String record = row.get("country") + ":" + row.get("instrument");
            if ("RATIFIED".equals(row.get("action")) && !laterRecords.contains(record)) {
                return row;
            }
            if ("treaty-action".equals(row.get("kind"))) {
                laterRecords.add(record);
            }
        }
        throw new IllegalStateException("no ratification in the file");
    }

    private void assertRejectedExactly(JsonPath report, Map<Integer, BadRow> bad) {
        List<Map<String, Object>> rejected = report.getList("results.findAll { it.outcome == 'REJECTED' }");
        assertThat(rejected).extracting(row -> (Integer) row.get("row")).containsExactlyElementsOf(bad.keySet());
        for (Map<String, Object> row : rejected) {
            BadRow expected = bad.get((Integer) row.get("row"));
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) row.get("error");
            assertThat(row.get("line")).isEqualTo((Integer) row.get("row") + 1);
            assertThat(error.get("status")).as("row %s", row).isEqualTo(expected.status());
            assertThat(expected.status() == 409 ? error.get("rule") : error.get("field")).as("row %s", row)
                    .isEqualTo(expected.fieldOrRule());
        }
    }

    /** A few records read back from the event store, as the rows gave them. */
    private void assertWritten(JsonPath report, List<Map<String, String>> rows) {
        for (int row : List.of(1, 2, 3, 5_000, rows.size() - 1)) {
            Map<String, String> cells = rows.get(row - 1);
            String recordId = report.getString("results[" + (row - 1) + "].recordId");
            assertThat(report.getString("results[" + (row - 1) + "].outcome")).isEqualTo("ACCEPTED");
            switch (cells.get("kind")) {
                case "statement" -> assertThat(jdbc.queryForObject("SELECT payload->'content'->>'summary' FROM "
                                + "event_store.event_log WHERE aggregate_id = ? AND sequence_number = 0", String.class,
                        recordId)).isEqualTo(cells.get("summary"));
                case "treaty-action" -> assertThat(recordId)
                        .isEqualTo(cells.get("country") + ":" + cells.get("instrument"));
                default -> assertThat(recordId).startsWith(cells.get("country") + ":");
            }
            assertThat(jdbc.queryForObject("SELECT metadata->>'recordedBy' FROM event_store.event_log WHERE "
                    + "aggregate_id = ? ORDER BY sequence_number LIMIT 1", String.class, recordId)).isEqualTo("entry");
        }
    }

    private static String countryOf(Object command) {
        if (command instanceof TreatyActionCommand action) {
            return action.country().value();
        }
        if (command instanceof RecordStatement statement) {
            return statement.country().value();
        }
        if (command instanceof DeclareStockpile declaration) {
            return declaration.country().value();
        }
        return null;
    }

    static Response post(String csv, String query) {
        return post(csv, query, "entry");
    }

    static Response post(String csv, String query, String user) {
        return RestAssured.given().auth().preemptive().basic(user, user).contentType("text/csv").body(csv)
                .post("/api/imports" + query);
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    private static long millisSince(long start) {
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    private static long rate(int rows, long millis) {
        return 1000L * rows / millis;
    }
}
