package org.armscontrol.tracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.command.CommandSideApplication;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.synthetic.SyntheticHistory;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.testsupport.ApplicationProcess;
import org.armscontrol.tracker.testsupport.Applications;
import org.armscontrol.tracker.testsupport.TestDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The benchmark program (see bench/run.sh and the README): on a database of its own on the PostgreSQL the tests use,
 * measures the raw append rate, command ingest through the gateway and over HTTP, the full rebuild of the read
 * models from {@code --events} events, the latency of the three main reads at that size, and the peak memory of each
 * application; prints one table.
 */
public final class Benchmark {

    private final Options options;
    private final Path root;
    private final ResultTable table = new ResultTable();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private Benchmark(Options options, Path root) {
        this.options = options;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        // The applications' own logs would drown the progress lines.
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("axoniq.update-checker.disabled", "true");
        Options options = Options.parse(args);
        new Benchmark(options, repositoryRoot()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        progress("Options: " + options);
        BearerTokens tokens = new BearerTokens();
        try (TestDatabase database = options.database() == null ? TestDatabase.create()
                : TestDatabase.existing(options.database())) {
            if (options.keepDatabase()) {
                database.keep();
            }
            progress("Database " + database.name() + (options.keepDatabase() || options.database() != null
                    ? " (kept afterwards)" : " (dropped afterwards)"));
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                    database.password()));
            table.add("PostgreSQL", jdbc.queryForObject("SHOW server_version", String.class) + ", synchronous_commit="
                    + jdbc.queryForObject("SHOW synchronous_commit", String.class));
            // A reused database already holds the history of this seed: continue with another, derived from it.
            long seed = options.seed() ^ head(jdbcIfMigrated(jdbc));
            if (seed != options.seed()) {
                progress("The database holds events already: seed " + seed + " for the new commands");
            }
            SyntheticHistory history = new SyntheticHistory(seed, options.countries(), Long.MAX_VALUE);

            double[] raw = ingestThroughTheGateway(database, jdbc, history);
            ingestOverHttp(database, tokens, history, raw);
            rebuildAndRead(database, jdbc, tokens);
        }
        System.out.println();
        System.out.println("Benchmark of " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, seed " + options.seed() + ":");
        System.out.println(table.render());
    }

    /** Raw rate, then commands via the gateway in this JVM, then the bulk of the events. Returns the raw rates. */
    private double[] ingestThroughTheGateway(TestDatabase database, JdbcTemplate jdbc, SyntheticHistory history)
            throws Exception {
        progress("Starting the command side in-process");
        ConfigurableApplicationContext commandSide = Applications.start(CommandSideApplication.class, "command-side",
                database.jdbcUrl(), database.username(), database.password());
        try {
            CommandChannel gateway = new GatewayChannel(commandSide.getBean(CommandGateway.class), "synthetic");
            progress("Warming up with " + options.warmup() + " commands");
            Ingest.run(history, options.warmup(), 4, gateway);

            Map<String, Object> sample = jdbc.queryForMap("SELECT payload, metadata FROM event_store.events "
                    + "WHERE payload_type LIKE '%StatementRecorded' LIMIT 1");
            RawAppendBaseline baseline = new RawAppendBaseline(database, (byte[]) sample.get("payload"),
                    (byte[]) sample.get("metadata"));
            baseline.createTable();
            double raw1 = baseline.rowsPerSecond(1, options.rawRows());
            double raw4 = baseline.rowsPerSecond(4, options.rawRows());
            progress("Raw single-row inserts: %.0f rows/s (1 thread), %.0f rows/s (4 threads)".formatted(raw1, raw4));
            table.add("1. raw single-row insert, 1 thread", rate(raw1, "rows"));
            table.add("1. raw single-row insert, 4 threads", rate(raw4, "rows"));

            for (int threads : new int[] {1, 4}) {
                IngestResult result = Ingest.run(history, options.ingest(), threads, gateway);
                report("2. command ingest, gateway, " + threads + " thread" + (threads > 1 ? "s" : ""), result,
                        threads == 1 ? raw1 : raw4);
            }

            long head = head(jdbc);
            if (head < options.events()) {
                progress("Loading the event store up to " + options.events() + " events (gateway, 4 threads)");
                IngestResult load = loadUntil(jdbc, history, gateway, options.events());
                table.add("   bulk load through the gateway, 4 threads", rate(load.acceptedPerSecond(), "events"));
            }
            return new double[] {raw1, raw4};
        } finally {
            commandSide.close();
        }
    }

    private IngestResult loadUntil(JdbcTemplate jdbc, SyntheticHistory history, CommandChannel gateway, long events)
            throws InterruptedException {
        long accepted = 0;
        long refused = 0;
        double seconds = 0;
        for (long head = head(jdbc); head < events; head = head(jdbc)) {
            long batch = Math.min(50_000, (events - head) * 105 / 100 + 10);
            IngestResult part = Ingest.run(history, batch, 4, gateway);
            accepted += part.accepted();
            refused += part.refused();
            seconds += part.seconds();
            progress("  %,d events in the store (%.0f commands/s)".formatted(head(jdbc), part.commandsPerSecond()));
        }
        return new IngestResult(4, accepted, refused, 0, seconds, null);
    }

    private void ingestOverHttp(TestDatabase database, BearerTokens tokens, SyntheticHistory history, double[] raw)
            throws Exception {
        progress("Starting the command side as its own process");
        try (ApplicationProcess commandSide = startApplication("command-side", database, tokens)) {
            HttpChannel channel = new HttpChannel(commandSide.port(),
                    tokens.token("clerk", List.of("DATA_ENTRY"), Duration.ofHours(4)));
            Ingest.run(history, options.warmup(), 4, channel);
            for (int threads : new int[] {1, 4}) {
                IngestResult result = Ingest.run(history, options.httpIngest(), threads, channel);
                report("2. command ingest, HTTP, " + threads + " client" + (threads > 1 ? "s" : ""), result,
                        threads == 1 ? raw[0] : raw[1]);
            }
            table.add("5. peak memory (RSS), command side", megabytes(commandSide.peakResidentBytes()));
        }
    }

    private void rebuildAndRead(TestDatabase database, JdbcTemplate jdbc, BearerTokens tokens) throws Exception {
        long head = head(jdbc);
        String token = tokens.token("analyst", List.of("ANALYST", "ADMIN"), Duration.ofHours(4));
        progress("Starting the query side as its own process on %,d events".formatted(head));
        long start = System.nanoTime();
        try (ApplicationProcess querySide = startApplication("query-side", database, tokens)) {
            awaitRebuilt(querySide, token);
            double first = (System.nanoTime() - start) / 1e9;
            progress("First build (with the JVM start): %.1f s".formatted(first));

            progress("Full rebuild (POST /api/admin/projections/replay)");
            start = System.nanoTime();
            post(querySide.port(), "/api/admin/projections/replay", token);
            awaitRebuilt(querySide, token);
            double rebuild = (System.nanoTime() - start) / 1e9;
            table.add("3. full rebuild of %,d events".formatted(head), "%.1f s".formatted(rebuild), "< 60 s",
                    rebuild < 60);
            table.add("3. replay rate", rate(head / rebuild, "events"), ">= 50,000 events/s",
                    head / rebuild >= 50_000);

            QueryLatency latency = new QueryLatency(querySide.port(), token);
            List<CountryCode> countries = CountryCode.all().limit(options.countries()).toList();
            List<String> instruments = InstrumentCatalogue.ids();
            Map<String, Function<Random, String>> reads = Map.of(
                    "history (one year)", random -> {
                        int year = 1996 + random.nextInt(30);
                        return "/api/countries/" + pick(random, countries).value() + "/history?from=" + year
                                + "-01-01&to=" + year + "-12-31";
                    },
                    "history (whole)", random -> "/api/countries/" + pick(random, countries).value() + "/history",
                    "position?asOf=", random -> "/api/countries/" + pick(random, countries).value() + "/position?asOf="
                            + randomDate(random),
                    "participants?asOf=", random -> "/api/instruments/" + pick(random, instruments)
                            + "/participants?asOf=" + randomDate(random));
            for (String read : List.of("history (one year)", "history (whole)", "position?asOf=",
                    "participants?asOf=")) {
                // The whole history of a country is thousands of entries at this size: fewer requests of it.
                int requests = read.equals("history (whole)") ? Math.max(40, options.queries() / 40)
                        : options.queries();
                latency.measure(4, Math.max(10, requests / 8), reads.get(read));
                for (int clients : new int[] {1, 8}) {
                    double[] millis = latency.measure(clients, Math.max(5, requests / clients), reads.get(read));
                    double p50 = QueryLatency.percentile(millis, 50);
                    double p99 = QueryLatency.percentile(millis, 99);
                    progress("%s, %d client(s): p50 %.1f ms, p99 %.1f ms".formatted(read, clients, p50, p99));
                    table.add("4. %s, %d client%s: p50 / p99".formatted(read, clients, clients > 1 ? "s" : ""),
                            "%.1f / %.1f ms".formatted(p50, p99), "p99 < 20 ms", p99 < 20);
                }
            }
            table.add("5. peak memory (RSS), query side", megabytes(querySide.peakResidentBytes()));
        }
    }

    private ApplicationProcess startApplication(String side, TestDatabase database, BearerTokens tokens) {
        Path jar = root.resolve(side).resolve("target").resolve(side + "-0.1.0-SNAPSHOT-exec.jar");
        List<String> arguments = new ArrayList<>(tokens.applicationArguments());
        arguments.add("--logging.level.root=WARN");
        ApplicationProcess process = ApplicationProcess.start(side, jar, root.resolve("bench").resolve("target")
                .resolve("logs"), database, List.of("-Xmx" + options.heap()), arguments);
        return process.awaitReady(Duration.ofMinutes(3));
    }

    /** Waits until no rebuild runs and the read models have handled every event, printing the progress. */
    private void awaitRebuilt(ApplicationProcess querySide, String token) throws Exception {
        long lastPrint = 0;
        while (true) {
            JsonNode processor = json.readTree(get(querySide.port(), "/api/admin/projections", token))
                    .path("processors").path(0);
            boolean done = !processor.path("replaying").asBoolean() && processor.path("lag").asLong() == 0
                    && processor.path("position").asLong() > 0;
            if (done) {
                return;
            }
            if (System.currentTimeMillis() - lastPrint > 5_000) {
                progress("  read models at %,d, lag %,d, replay %s%%".formatted(processor.path("position").asLong(),
                        processor.path("lag").asLong(), processor.path("replayProgress").asText()));
                lastPrint = System.currentTimeMillis();
            }
            Thread.sleep(100);
        }
    }

    private String get(int port, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void post(int port, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private void report(String measure, IngestResult result, double raw) {
        progress("%s: %.0f commands/s (%d accepted, %d refused by rules, %d failed)".formatted(measure,
                result.commandsPerSecond(), result.accepted(), result.refused(), result.failed()));
        if (result.firstFailure() != null) {
            progress("  first failure: " + result.firstFailure());
        }
        double ratio = result.commandsPerSecond() / raw;
        table.add(measure, "%s (%.0f%% of raw)".formatted(rate(result.commandsPerSecond(), "commands"), ratio * 100),
                ">= 50% of raw", ratio >= 0.5);
    }

    /** The template when the event store exists (a reused database), null on a new one. */
    private static JdbcTemplate jdbcIfMigrated(JdbcTemplate jdbc) {
        Boolean exists = jdbc.queryForObject("SELECT to_regclass('event_store.events') IS NOT NULL", Boolean.class);
        return Boolean.TRUE.equals(exists) ? jdbc : null;
    }

    private static long head(JdbcTemplate jdbc) {
        if (jdbc == null) {
            return 0;
        }
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.events", Long.class);
        return head == null ? 0 : head;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String randomDate(Random random) {
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(36 * 365)).toString();
    }

    private static String rate(double perSecond, String unit) {
        return "%,.0f %s/s".formatted(perSecond, unit);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "unknown" : "%,d MB".formatted(bytes / (1024 * 1024));
    }

    private static void progress(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bench")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run the benchmark from the repository (bench/run.sh)");
    }

    /** The command line: {@code --name=value} for each option to change. */
    record Options(long seed, int countries, long events, int rawRows, int warmup, int ingest, int httpIngest,
                   int queries, String heap, String database, boolean keepDatabase) {

        static Options parse(String[] args) {
            Map<String, String> given = new java.util.HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("options are --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            Options options = new Options(
                    Long.parseLong(given.getOrDefault("seed", "20261123")),
                    Integer.parseInt(given.getOrDefault("countries", "200")),
                    Long.parseLong(given.getOrDefault("events", "1000000")),
                    Integer.parseInt(given.getOrDefault("raw-rows", "5000")),
                    Integer.parseInt(given.getOrDefault("warmup", "2000")),
                    Integer.parseInt(given.getOrDefault("ingest", "5000")),
                    Integer.parseInt(given.getOrDefault("http-ingest", "3000")),
                    Integer.parseInt(given.getOrDefault("queries", "2000")),
                    given.getOrDefault("heap", "1g"),
                    given.get("database"),
                    Boolean.parseBoolean(given.getOrDefault("keep-database", "false")));
            given.keySet().removeAll(List.of("seed", "countries", "events", "raw-rows", "warmup", "ingest",
                    "http-ingest", "queries", "heap", "database", "keep-database"));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + given.keySet());
            }
            return options;
        }
    }
}
