package org.armscontrol.tracker.query.processing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The query-side instances that run an event processor, as their heartbeats in {@code read_model.processor_instances}
 * tell, and the rebuild one of them may have asked the others to make way for. Liveness is judged by the database's
 * clock, so that instances on hosts whose clocks disagree still agree on who is alive.
 */
@Component
public class ProcessorInstances {

    private final JdbcTemplate jdbc;

    ProcessorInstances(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code nodeId} is alive now, and forgets instances silent for {@code forgetAfter}. */
    void beat(String processor, String nodeId, Duration forgetAfter) {
        jdbc.update("""
                INSERT INTO read_model.processor_instances (processor_name, node_id) VALUES (?, ?)
                ON CONFLICT (processor_name, node_id) DO UPDATE SET heartbeat_at = now()""", processor, nodeId);
        jdbc.update("""
                DELETE FROM read_model.processor_instances
                 WHERE processor_name = ? AND heartbeat_at < now() - make_interval(secs => ?)""",
                processor, forgetAfter.toMillis() / 1000.0);
    }

    /** Removes {@code nodeId} at once, when it stops: the others need not wait for its heartbeat to expire. */
    void leave(String processor, String nodeId) {
        jdbc.update("DELETE FROM read_model.processor_instances WHERE processor_name = ? AND node_id = ?",
                processor, nodeId);
    }

    /** The instances whose last heartbeat is younger than {@code timeout}, oldest first. */
    public List<Instance> live(String processor, Duration timeout) {
        return jdbc.query("""
                        SELECT node_id, started_at, heartbeat_at FROM read_model.processor_instances
                         WHERE processor_name = ? AND heartbeat_at >= now() - make_interval(secs => ?)
                         ORDER BY started_at, node_id""",
                (rs, row) -> new Instance(rs.getString("node_id"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("heartbeat_at").toInstant()),
                processor, timeout.toMillis() / 1000.0);
    }

    /**
     * Asks every other instance to release its segments for a rebuild by {@code nodeId}. A request left behind by an
     * instance that died is taken over once older than {@code staleAfter}.
     *
     * @return false when another instance's request is pending
     */
    public boolean requestRebuild(String processor, String nodeId, Duration staleAfter) {
        return jdbc.update("""
                        INSERT INTO read_model.rebuild_requests (processor_name, node_id) VALUES (?, ?)
                        ON CONFLICT (processor_name) DO UPDATE SET node_id = excluded.node_id, requested_at = now()
                         WHERE rebuild_requests.node_id = excluded.node_id
                            OR rebuild_requests.requested_at < now() - make_interval(secs => ?)""",
                processor, nodeId, staleAfter.toMillis() / 1000.0) == 1;
    }

    public void endRebuildRequest(String processor, String nodeId) {
        jdbc.update("DELETE FROM read_model.rebuild_requests WHERE processor_name = ? AND node_id = ?",
                processor, nodeId);
    }

    /** The instance that asked for a rebuild not yet started, if any and if younger than {@code staleAfter}. */
    Optional<String> rebuildRequestedBy(String processor, Duration staleAfter) {
        return jdbc.queryForList("""
                        SELECT node_id FROM read_model.rebuild_requests
                         WHERE processor_name = ? AND requested_at >= now() - make_interval(secs => ?)""",
                String.class, processor, staleAfter.toMillis() / 1000.0).stream().findFirst();
    }

    /** One live instance: its node id (the owner in token claims), when it started and when it was last heard of. */
    public record Instance(String nodeId, Instant startedAt, Instant heartbeatAt) {
    }
}
