package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.lifecycle.LifecyclePhases;
import org.armscontrol.tracker.platform.web.CorrelationIdFilter;
import org.armscontrol.tracker.shared.value.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Imports as the API runs them: each recorded in the imports table, run in the background by the import executor,
 * its progress visible while it runs and its report kept once done.
 *
 * <p>When the application stops, after the HTTP server and before Axon ({@link #PHASE}), every running import ends
 * between two rows and is stored FAILED, saying so: each row is then written once or not at all, and no import is
 * left RUNNING for the lease sweep of another instance to find.
 */
@Service
class ImportJobs implements SmartLifecycle {

    /**
     * Stopped after the web server (Spring Boot's phase {@code DEFAULT_PHASE - 2048}: no new import can start) and
     * before Axon's command bus and processors ({@code DEFAULT_PHASE - 3072}), which the running rows still need.
     */
    static final int PHASE = LifecyclePhases.IMPORTS;
    /** How long a stop waits for the row in hand of each running import. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportService service;
    private final ImportStore store;
    private final ImportLeases leases;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile boolean started;

    ImportJobs(ImportService service, ImportStore store, ImportLeases leases,
               @Qualifier(ImportConfiguration.EXECUTOR) TaskExecutor executor, Clock clock) {
        this.service = service;
        this.store = store;
        this.leases = leases;
        this.executor = executor;
        this.clock = clock;
    }

    /** Records the import as RUNNING and starts it in the background. */
    ImportReport start(ImportFile file, String fileName, Recorder startedBy, String correlationId, boolean dryRun,
                       Duplicates duplicates) {
        ImportReport started = new ImportReport(UUID.randomUUID(), dryRun, ImportStatus.RUNNING, file.format(),
                fileName, startedBy.username(), clock.instant(), null, file.rows().size(), 0, 0, 0, 0, 0, 0, null,
                null);
        store.started(started, leases.owner(), leases.lease());
        log.atInfo().addKeyValue("importId", started.importId()).addKeyValue("rows", started.rows())
                .addKeyValue("dryRun", dryRun)
                .log("Import {} started by {}: {} {} rows{}", started.importId(), startedBy, started.rows(),
                        file.format(), dryRun ? " (dry run)" : "");
        ImportRun run = new ImportRun(startedBy, correlationId, RowKeys.IMPORT, dryRun, duplicates);
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> execute(started, file, run), executor);
        running.put(started.importId(), done);
        done.whenComplete((ignored, failure) -> running.remove(started.importId()));
        return started;
    }

    /** The import as it stands after waiting up to {@code wait} for it to finish (on this instance). */
    ImportReport await(UUID id, Duration wait) {
        CompletableFuture<Void> done = running.get(id);
        if (done != null && !wait.isZero()) {
            try {
                done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException | ExecutionException e) {
                // Still running, or failed: the store says which.
            }
        }
        return store.find(id).orElseThrow(() -> new IllegalStateException("import " + id + " is not stored"));
    }

    Optional<ImportReport> find(UUID id) {
        return store.find(id);
    }

    List<ImportReport> recent(int limit) {
        return store.recent(limit);
    }

    List<ImportReport> recentOf(String startedBy, int limit) {
        return store.recentOf(startedBy, limit);
    }

    private void execute(ImportReport started, ImportFile file, ImportRun run) {
        MDC.put(CorrelationIdFilter.MDC_KEY, run.correlationId());
        ImportProgress progress = new ImportProgress(started.importId(), started.rows(), store, clock);
        long start = System.nanoTime();
        try {
            List<RowResult> results = service.run(file, run, progress::rowDone, () -> stopping);
            ImportReport done = finished(started, ImportStatus.DONE, progress.counts(), null, results);
            store.finished(done);
            long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            log.atInfo().addKeyValue("importId", done.importId()).addKeyValue("rows", done.rows())
                    .addKeyValue("accepted", done.accepted()).addKeyValue("alreadyImported", done.alreadyImported())
                    .addKeyValue("rejected", done.rejected()).addKeyValue("millis", millis)
                    .log("Import {} done{}: {} rows in {} ms ({} rows/s): {} accepted, {} already imported, "
                                    + "{} rejected", done.importId(), done.dryRun() ? " (dry run, nothing written)" : "",
                            done.rows(), millis, 1000L * done.rows() / millis, done.accepted(),
                            done.alreadyImported(), done.rejected());
        } catch (ImportStoppedException e) {
            log.warn("Import {} ended after {} of {} rows: the application is stopping", started.importId(),
                    e.rowsDone(), started.rows());
            store.finished(finished(started, ImportStatus.FAILED, progress.counts(), "interrupted: the instance "
                    + "running the import was stopped after " + e.rowsDone() + " rows; rows before it are written "
                    + "once, the others not at all (a dry run wrote nothing). Import the file again: rows already "
                    + "imported are skipped.", null));
        } catch (RuntimeException e) {
            log.error("Import {} failed after {} rows", started.importId(), progress.counts().processed(), e);
            store.finished(finished(started, ImportStatus.FAILED, progress.counts(), "the import stopped "
                    + "unexpectedly after " + progress.counts().processed() + " rows (" + e.getClass().getSimpleName()
                    + "); rows before it are written (a dry run wrote nothing). Import the file again: rows already "
                    + "imported are skipped.", null));
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    @Override
    public void start() {
        started = true;
    }

    /** Ends every running import at its next row, and waits (a while) until each has stored its report. */
    @Override
    public void stop() {
        stopping = true;
        List<CompletableFuture<Void>> inHand = List.copyOf(running.values());
        if (!inHand.isEmpty()) {
            log.info("Stopping {} running import(s) at their next row", inHand.size());
            try {
                CompletableFuture.allOf(inHand.toArray(CompletableFuture[]::new))
                        .get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Not every import stopped within {}; the lease sweep ends those FAILED", STOP_WAIT);
            }
        }
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private ImportReport finished(ImportReport started, ImportStatus status, ImportCounts counts, String failure,
                                  List<RowResult> results) {
        Instant now = clock.instant();
        return new ImportReport(started.importId(), started.dryRun(), status, started.format(), started.fileName(),
                started.startedBy(), started.startedAt(), now, started.rows(), counts.processed(),
                ImportReport.percent(counts.processed(), started.rows()), counts.accepted(),
                counts.alreadyImported(), counts.rejected(), counts.probableDuplicates(), failure, results);
    }
}
