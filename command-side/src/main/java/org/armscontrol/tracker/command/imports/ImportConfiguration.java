package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.web.BodySizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.unit.DataSize;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
     * more wait their turn, RUNNING at 0 %. Daemon threads: a stop of the application does not wait for an import,
     * which is then marked FAILED at the next start (what it wrote stays; importing the file again completes it).
     */
    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ExecutorService importExecutor(@Value("${tracker.imports.concurrency:2}") int concurrency) {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
