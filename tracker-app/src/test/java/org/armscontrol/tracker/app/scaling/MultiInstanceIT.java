package org.armscontrol.tracker.app.scaling;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.armscontrol.tracker.app.ReadModelDump;
import org.armscontrol.tracker.app.ReadModelsCaughtUp;
import org.armscontrol.tracker.testsupport.ApplicationProcess;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production topology without Docker: two command-side and two query-side JVMs, started from their executable
 * jars, on one PostgreSQL. Thousands of writes go through both command sides at once, many of them to the same
 * records; the two query sides split the segments of the read-model processor; one of them is killed mid-stream and
 * the other takes its segments over. At the end every accepted write is in the event store exactly once, and the
 * read models equal those a single instance rebuilds from scratch.
 */
class MultiInstanceIT {

    private static final Logger log = LoggerFactory.getLogger(MultiInstanceIT.class);
    private static final int WRITES = 3000;
    private static final int CLIENTS = 8;
    private static final int SEGMENTS = 4;
    private static final List<String> COUNTRIES = List.of("AFG", "ALB", "DZA", "AND", "AGO", "ARG", "ARM", "AUS",
            "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA",
            "BRN", "BGR", "BFA", "BDI", "KHM", "CMR", "CAN", "CPV", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
            "CRI", "HRV");
    private static final List<String> TREATIES = List.of("CCM", "CCW", "APMBT", "ATT");
    private static final List<String> ACTIONS = List.of("SIGNED", "RATIFIED", "ACCEDED", "WITHDREW");
    private static final Path LOGS = Path.of("target", "multi-instance");

    private static TestDatabase database;
    private static JdbcTemplate jdbc;
    private static final List<ApplicationProcess> processes = new ArrayList<>();
    private static ApplicationProcess commandA;
    private static ApplicationProcess commandB;
    private static ApplicationProcess queryA;
    private static ApplicationProcess queryB;

    @BeforeAll
    static void startTwoInstancesOfEachSide() {
        database = TestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        commandA = start("command-a", "command-side.jar");
        commandA.awaitReady(Duration.ofMinutes(2));
        // The first instance migrates the schemas; the others start on them, all at once.
        commandB = start("command-b", "command-side.jar");
        queryA = start("query-a", "query-side.jar", "--tracker.projections.node-id=query-a");
        queryB = start("query-b", "query-side.jar", "--tracker.projections.node-id=query-b");
        for (ApplicationProcess process : List.of(commandB, queryA, queryB)) {
            process.awaitReady(Duration.ofMinutes(2));
        }
    }

    private static ApplicationProcess start(String name, String jarProperty, String... arguments) {
        String jar = System.getProperty("tracker.it." + jarProperty);
        assertThat(jar).as("system property tracker.it." + jarProperty + " (set by the tracker-app pom)").isNotNull();
        List<String> all = new ArrayList<>(List.of(
                "--tracker.projections.segments=" + SEGMENTS,
                // Short intervals, so that balancing and take-over happen within seconds in the test.
                "--tracker.projections.claim-interval=1s", "--tracker.projections.claim-timeout=4s",
                "--logging.level.org.axonframework.eventhandling.pooled=INFO"));
        all.addAll(List.of(arguments));
        ApplicationProcess process = ApplicationProcess.start(name, Path.of(jar), LOGS, database,
                all.toArray(String[]::new));
        processes.add(process);
        return process;
    }

    @AfterAll
    static void stopEverything() {
        processes.forEach(ApplicationProcess::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void two_instances_of_each_side_share_the_work_survive_a_crash_and_agree_with_a_single_instance_rebuild()
            throws Exception {
        // 1. The two query sides split the four segments between them, and each says so.
        await("segments split between the query sides").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(claimsByOwner())
                        .isEqualTo(Map.of("query-a", 2L, "query-b", 2L)));
        JsonPath status = admin(queryA).get("/api/admin/projections").then().statusCode(200).extract().jsonPath();
        assertThat(status.getList("processors[0].instances.nodeId")).containsExactlyInAnyOrder("query-a", "query-b");
        assertThat(status.<List<Integer>>getList("processors[0].instances.segments")).allSatisfy(segments ->
                assertThat(segments).hasSize(2));

        // 2. Thousands of writes through both command sides at once; a query side dies a third of the way in.
        List<String> hotStatements = IntStream.range(0, 10)
                .mapToObj(i -> recordStatement(i % 2 == 0 ? commandA : commandB, "hot statement " + i))
                .toList();
        Map<Integer, Integer> statusByWrite = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            work.add(clients.submit(() -> {
                for (int write = first; write < WRITES; write += CLIENTS) {
                    statusByWrite.put(write, send(write, hotStatements));
                    done.incrementAndGet();
                }
            }));
        }
        await("a third of the writes").atMost(Duration.ofMinutes(3)).until(() -> done.get() >= WRITES / 3);
        queryB.kill();
        for (Future<?> future : work) {
            future.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();

        // Every write was accepted, or refused cleanly by a rule; none failed or was lost in between.
        Map<Integer, Long> histogram = statusByWrite.values().stream()
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        log.info("{} writes through two command sides: {}", WRITES, histogram);
        assertThat(statusByWrite).hasSize(WRITES);
        assertThat(histogram.keySet()).isSubsetOf(200, 201, 409);
        long accepted = statusByWrite.values().stream().filter(s -> s < 300).count();
        assertThat(accepted).as("accepted writes").isGreaterThan(WRITES / 2);
        long raced = Stream.of(commandA, commandB).mapToLong(MultiInstanceIT::concurrencyConflictsLogged).sum();
        log.info("{} appends lost a race for a sequence number and were retried", raced);
        assertThat(raced).as("writes that lost a race on the same record (and were retried)").isPositive();

        // 3. Every accepted write is in the event store exactly once, and no refused one is.
        Map<Integer, Long> eventsByWrite = eventsByWriteMarker();
        List<Integer> acceptedWrites = statusByWrite.entrySet().stream().filter(e -> e.getValue() < 300)
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(eventsByWrite.keySet()).containsExactlyInAnyOrderElementsOf(acceptedWrites);
        assertThat(eventsByWrite.values()).containsOnly(1L);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT aggregate_id FROM event_store.events GROUP BY aggregate_id
                                      HAVING max(sequence_number) + 1 <> count(*)) gaps""", Long.class))
                .as("streams with a gap in their sequence numbers").isZero();

        // 4. The surviving query side took over the dead one's segments and caught up with the event store.
        await("query-a holds every segment").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(claimsByOwner()).isEqualTo(Map.of("query-a", (long) SEGMENTS)));
        awaitCaughtUp(queryA);
        Map<String, List<String>> builtByTwo = ReadModelDump.of(jdbc);
        assertThat(builtByTwo.get("statements")).hasSizeGreaterThan(WRITES / 5);

        // 5. A rebuild from scratch by the one instance left gives exactly the same read models.
        admin(queryA).post("/api/admin/projections/replay").then().statusCode(202);
        awaitCaughtUp(queryA);
        assertThat(ReadModelDump.of(jdbc)).isEqualTo(builtByTwo);

        // 6. A replacement instance gets its share back, and a rebuild asked of it while the other runs makes the
        //    other step aside, then both rebuild together, to the same result.
        ApplicationProcess replacement = start("query-c", "query-side.jar", "--tracker.projections.node-id=query-c")
                .awaitReady(Duration.ofMinutes(2));
        await("segments split again").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(claimsByOwner()).isEqualTo(Map.of("query-a", 2L, "query-c", 2L)));
        admin(replacement).post("/api/admin/projections/replay").then().statusCode(202);
        awaitCaughtUp(replacement);
        assertThat(claimsByOwner()).containsOnlyKeys("query-a", "query-c");
        assertThat(ReadModelDump.of(jdbc)).isEqualTo(builtByTwo);
    }

    /** One write of the mix; its request carries "multi-instance write #n" into the event it causes. */
    private static int send(int write, List<String> hotStatements) {
        Random random = new Random(write);
        ApplicationProcess target = write % 2 == 0 ? commandA : commandB;
        String marker = "multi-instance write #" + write;
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        int kind = write % 10;
        if (kind < 4) {
            // Actions on 160 participations from both sides: races on one stream, and rules refusing repeats.
            return entry(target, write).body("""
                            {"country": "%s", "instrument": "%s", "action": "%s", "date": "%d-06-01",
                             "source": {"citation": "%s"}}""".formatted(country,
                            TREATIES.get(random.nextInt(TREATIES.size())), ACTIONS.get(random.nextInt(ACTIONS.size())),
                            1990 + write * 30 / WRITES, marker))
                    .post("/api/treaty-actions").statusCode();
        }
        if (kind < 7) {
            // Amendments of ten statements from both sides: many writers on the same streams at once.
            return entry(target, write).body("{\"summary\": \"Version %d\", \"reason\": \"%s\"}".formatted(write, marker))
                    .post("/api/statements/{id}/amendments", hotStatements.get(random.nextInt(hotStatements.size())))
                    .statusCode();
        }
        if (kind < 9) {
            return entry(target, write).body(statement(country, marker)).post("/api/statements").statusCode();
        }
        return entry(target, write).body("""
                        {"country": "%s", "weaponSystem": "SYSTEM-%d", "category": "CLUSTER_MUNITION",
                         "quantity": %d, "status": "IN_SERVICE", "date": "2004-01-01",
                         "source": {"citation": "%s"}}""".formatted(country, random.nextInt(5),
                        1 + random.nextInt(1000), marker))
                .post("/api/stockpile-declarations").statusCode();
    }

    private static String recordStatement(ApplicationProcess target, String marker) {
        return entry(target, 0).body(statement("BLR", marker)).post("/api/statements").then().statusCode(201)
                .extract().path("statementId");
    }

    private static String statement(String country, String marker) {
        return """
                {"country": "%s", "date": "2008-01-17", "forum": "CCW Group of Governmental Experts",
                 "location": "Geneva", "instruments": ["CCW", "CCW-P5"], "stance": "CONDITIONAL",
                 "summary": "Humanitarian concerns can be met by full implementation of Protocol V.",
                 "source": {"citation": "%s"}}""".formatted(country, marker);
    }

    private static RequestSpecification entry(ApplicationProcess target, int write) {
        String user = "writer-" + write % 20;
        return RestAssured.given().port(target.port()).contentType(ContentType.JSON).auth().preemptive()
                .basic(user, user);
    }

    private static RequestSpecification admin(ApplicationProcess target) {
        return RestAssured.given().port(target.port()).auth().preemptive().basic("admin", "admin");
    }

    /** Axon's retry scheduler logs each command retried after losing the race for a sequence number. */
    private static long concurrencyConflictsLogged(ApplicationProcess commandSide) {
        try (Stream<String> lines = Files.lines(commandSide.logFile())) {
            return lines.filter(line -> line.contains("ConcurrencyException")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments of the read-model processor per owner, straight from Axon's token table. */
    private static Map<String, Long> claimsByOwner() {
        return jdbc.queryForList("SELECT owner FROM read_model.token_entry WHERE processor_name = 'read-models'",
                        String.class).stream()
                .collect(Collectors.groupingBy(owner -> owner == null ? "(none)" : owner, Collectors.counting()));
    }

    /** How many events carry each write's marker. */
    private static Map<Integer, Long> eventsByWriteMarker() {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.query("""
                        SELECT (regexp_match(payload::text, 'multi-instance write #([0-9]+)'))[1]::int AS write,
                               count(*) AS events
                          FROM event_store.event_log
                         WHERE payload::text LIKE '%multi-instance write #%'
                         GROUP BY 1""",
                rs -> {
                    counts.put(rs.getInt("write"), rs.getLong("events"));
                });
        return counts;
    }

    private static void awaitCaughtUp(ApplicationProcess querySide) {
        ReadModelsCaughtUp.await(() -> admin(querySide), Duration.ofMinutes(2));
    }
}
