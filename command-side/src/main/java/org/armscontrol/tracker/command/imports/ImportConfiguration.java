package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.web.BodySizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.unit.DataSize;


/** Bulk imports: their body size limit and the threads they run on. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    static final String EXECUTOR = "importExecutor";
    static final String LEASE_SCHEDULER = "importLeaseScheduler";

    /** Import files are far larger than single writes: 10,000 CSV rows are 2-3 MB. */
    @Bean
    BodySizeLimit importBodySizeLimit(@Value("${tracker.imports.max-body-size:20MB}") DataSize maxBodySize) {
        return new BodySizeLimit(ImportController.PATH, maxBodySize);
    }

    /**
     * At most {@code tracker.imports.concurrency} imports run at once (each sends its rows one after the other);
     * more wait their turn, RUNNING at 0 %. A stop of the application ends the running ones between two rows
     * ({@link ImportJobs#stop()}) before this executor is shut down; one still queued then ends at once, FAILED.
     */
    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor importExecutor(@Value("${tracker.imports.concurrency:2}") int concurrency) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(concurrency);
        executor.setMaxPoolSize(concurrency);
        executor.setThreadNamePrefix("import-");
        executor.setDaemon(true);
        // Imports queued at the stop still run, and end at their first row (FAILED), so none stays RUNNING.
        executor.setAcceptTasksAfterContextClose(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        // Paused (Spring's lifecycle stop of an executor) only once ImportJobs has ended the running imports.
        executor.setPhase(ImportJobs.PHASE - 1);
        return executor;
    }

    /** One thread renewing this instance's import leases and sweeping expired ones ({@link ImportLeases}). */
    @Bean(name = LEASE_SCHEDULER)
    ThreadPoolTaskScheduler importLeaseScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("import-lease-");
        scheduler.setDaemon(true);
        return scheduler;
    }
}
