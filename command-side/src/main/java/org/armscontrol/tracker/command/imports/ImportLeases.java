package org.armscontrol.tracker.command.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * The leases by which an instance owns the imports it runs. Every third of the lease this instance renews its own
 * leases and marks FAILED any RUNNING import whose lease expired, whoever held it: an instance killed mid-import
 * (or cut off from the database) leaves its imports to whichever instance sweeps next, without another restart.
 */
@Component
class ImportLeases {

    /** Imports recorded before the leases existed: RUNNING without progress for this long were cut short. */
    private static final Duration LEGACY_SILENCE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);

    /** Drawn at each start: a restarted instance does not own what its previous life was running. */
    private final String owner = UUID.randomUUID().toString();
    private final ImportStore store;
    private final TaskScheduler scheduler;
    private final Duration lease;

    ImportLeases(ImportStore store, @Qualifier(ImportConfiguration.LEASE_SCHEDULER) TaskScheduler scheduler,
                 @Value("${tracker.imports.lease:15s}") Duration lease) {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("tracker.imports.lease must be at least 1s, not " + lease);
        }
        this.store = store;
        this.scheduler = scheduler;
        this.lease = lease;
    }

    String owner() {
        return owner;
    }

    Duration lease() {
        return lease;
    }

    /** After the migrations and start-up: the first sweep at once, then every third of the lease. */
    @EventListener(ApplicationReadyEvent.class)
    void startRenewing() {
        scheduler.scheduleAtFixedRate(this::renewAndSweep, lease.dividedBy(3));
    }

    void renewAndSweep() {
        try {
            store.renew(owner, lease);
            int expired = store.expire(LEGACY_SILENCE);
            if (expired > 0) {
                log.warn("{} import(s) whose instance stopped while they ran (lease expired) marked FAILED", expired);
            }
        } catch (DataAccessException e) {
            // The database is away: the next tick tries again (a lease lost meanwhile ends its import FAILED).
            log.warn("Could not renew the import leases of {}: {}", owner, e.getMessage());
        }
    }
}
