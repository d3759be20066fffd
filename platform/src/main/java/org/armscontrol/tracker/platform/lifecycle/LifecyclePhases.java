package org.armscontrol.tracker.platform.lifecycle;

import org.springframework.context.SmartLifecycle;

/**
 * The order in which the tracker's parts start (lowest phase first) and stop (highest first), as Spring's
 * {@link SmartLifecycle} phases. A stop (SIGTERM) thus runs: the live change streams end (clients reconnect
 * elsewhere), the HTTP server finishes the requests in flight and stops, the imports end between two rows, Axon stops
 * its event processors and command bus, the background workers end their round, the processor heartbeat signs off,
 * and only then are the database connections (and the embedded PostgreSQL) closed, as beans.
 */
public final class LifecyclePhases {

    /** Spring Boot's graceful shutdown of the web server (WebServerGracefulShutdownLifecycle). */
    public static final int WEB_SERVER_GRACEFUL = SmartLifecycle.DEFAULT_PHASE - 1024;
    /** Spring Boot's stop of the web server (WebServerStartStopLifecycle). */
    public static final int WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 2048;
    /** Bulk imports: after the web server (no new one starts), before Axon (the rows in hand need it). */
    public static final int IMPORTS = SmartLifecycle.DEFAULT_PHASE - 2560;
    /** Axon's configuration, which starts and stops the event processors (SpringAxonConfiguration). */
    public static final int AXON = SmartLifecycle.DEFAULT_PHASE - 3072;
    /** Workers fed by the event processors or the database (webhook deliveries, integrity checkpoints). */
    public static final int WORKERS = SmartLifecycle.DEFAULT_PHASE - 4096;
    /** The query side's heartbeat: before the processors' first claim, and signed off after they stopped. */
    public static final int HEARTBEAT = Integer.MIN_VALUE + 1000;

    private LifecyclePhases() {
    }
}
