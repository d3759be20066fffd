package org.armscontrol.tracker.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application of the tracker running as its own JVM, from its executable jar, on a free loopback port: what a
 * deployment runs, so that tests of several instances see separate processes, and a kill is a real crash. The
 * process's output goes to a log file next to the test reports.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApplicationProcess.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ApplicationProcess(String name, Process process, int port, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts {@code jar} (without waiting for it to be ready: see {@link #awaitReady(Duration)}).
     *
     * @param arguments Spring Boot arguments besides the port, the database and the {@link TestUsers}
     */
    public static ApplicationProcess start(String name, Path jar, Path logDirectory, TestDatabase database,
                                           String... arguments) {
        // A small heap and the quick compiler: tests start many of these on two cores.
        return start(name, jar, logDirectory, database, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"),
                List.of(arguments));
    }

    /**
     * @param jvmOptions options of the JVM (heap, compiler)
     * @param arguments  Spring Boot arguments besides the port, the database and the {@link TestUsers}
     */
    public static ApplicationProcess start(String name, Path jar, Path logDirectory, TestDatabase database,
                                           List<String> jvmOptions, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        all.addAll(Arrays.asList(TestUsers.arguments()));
        all.addAll(arguments);
        return startWithout(name, jar, logDirectory, jvmOptions, all);
    }

    /**
     * Starts {@code jar} with only the port and {@code arguments}: no database nor users of the tests (the tracker's
     * embedded default, for one).
     */
    public static ApplicationProcess startWithout(String name, Path jar, Path logDirectory, List<String> jvmOptions,
                                                  List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the application first "
                    + "(./mvnw verify builds every module in order)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            log.info("Started {} (pid {}) on port {}; output in {}", name, process.pid(), port, logFile);
            return new ApplicationProcess(name, process, port, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until the application's health endpoint answers UP. */
    public ApplicationProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logFile);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The peak resident memory of the process so far, in bytes (Linux: VmHWM), or -1 when unknown. */
    public long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM (what an operator's stop or an orchestrator sends) and waits up to {@code timeout} for the exit. */
    public boolean terminate(Duration timeout) {
        process.destroy();
        return waitFor(timeout);
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, its claims and connections are left behind. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
        log.info("Killed {} (pid {})", name, process.pid());
    }

    /** Stops the process as an operator would (SIGTERM, a graceful shutdown), killing it if it does not stop. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
