package org.armscontrol.tracker.command.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Counts the rows of a running import and makes the count visible: written to the imports table every
 * {@link #SAVE_EVERY_ROWS} rows or {@link #SAVE_EVERY} (whichever comes first), logged every {@link #LOG_EVERY}.
 */
final class ImportProgress {

    static final int SAVE_EVERY_ROWS = 100;
    static final Duration SAVE_EVERY = Duration.ofSeconds(1);
    static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final UUID importId;
    private final int rows;
    private final ImportStore store;
    private final Clock clock;
    private ImportCounts counts = ImportCounts.NONE;
    private Instant saved;
    private Instant logged;

    ImportProgress(UUID importId, int rows, ImportStore store, Clock clock) {
        this.importId = importId;
        this.rows = rows;
        this.store = store;
        this.clock = clock;
        this.saved = clock.instant();
        this.logged = saved;
    }

    void rowDone(RowResult result) {
        counts = counts.plus(result.outcome());
        Instant now = clock.instant();
        if (counts.processed() % SAVE_EVERY_ROWS == 0 || now.isAfter(saved.plus(SAVE_EVERY))) {
            store.progressed(importId, counts);
            saved = now;
        }
        if (now.isAfter(logged.plus(LOG_EVERY))) {
            log.atInfo().addKeyValue("importId", importId).addKeyValue("processed", counts.processed())
                    .addKeyValue("rows", rows).addKeyValue("rejected", counts.rejected())
                    .log("Import {}: {} of {} rows ({}%), {} rejected so far", importId, counts.processed(), rows,
                            ImportReport.percent(counts.processed(), rows), counts.rejected());
            logged = now;
        }
    }

    ImportCounts counts() {
        return counts;
    }
}
