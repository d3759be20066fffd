package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.Change;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox of deliveries ({@code subscriptions.deliveries}) and the log of their attempts. Times that decide when
 * a delivery is due are the database's, so that instances whose clocks differ still agree.
 */
@Component
class Deliveries {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    Deliveries(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** One pending delivery of {@code change} per webhook that follows it and was registered before it. */
    void enqueue(Change change, String body) {
        jdbc.update("""
                        INSERT INTO subscriptions.deliveries (webhook_id, global_index, event_type, body)
                        SELECT id, ?, ?, ? FROM subscriptions.webhooks
                         WHERE after_global_index < ?
                           AND (country IS NULL OR country = ?)
                           AND (instrument IS NULL OR instrument = ANY (string_to_array(?, ',')))
                        ON CONFLICT (webhook_id, global_index) DO NOTHING""",
                change.globalIndex(), change.eventType(), body, change.globalIndex(), change.country(),
                String.join(",", change.instruments()));
    }

    /**
     * Takes the delivery due first that no other worker holds, leasing it for {@code lease}: should this worker die,
     * another takes it once the lease has expired.
     */
    Optional<DueDelivery> takeNextDue(Duration lease) {
        return jdbc.query("""
                        UPDATE subscriptions.deliveries d SET leased_until = now() + make_interval(secs => ?)
                          FROM subscriptions.webhooks w
                         WHERE w.id = d.webhook_id
                           AND d.id = (SELECT id FROM subscriptions.deliveries
                                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                                          AND (leased_until IS NULL OR leased_until < now())
                                        ORDER BY next_attempt_at, id
                                        LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING d.id, d.global_index, d.body, d.attempts, w.url, w.secret""",
                (rs, row) -> new DueDelivery(rs.getLong("id"), rs.getLong("global_index"), rs.getString("body"),
                        rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")),
                lease.toMillis() / 1000.0).stream().findFirst();
    }

    /**
     * Records an attempt and what follows: delivered, due again after {@code retryAfter}, or FAILED when there is no
     * retry. Nothing is recorded if another worker has recorded this attempt already (its lease had expired).
     */
    void record(DueDelivery delivery, Attempt attempt, Optional<Duration> retryAfter) {
        int number = delivery.attempts() + 1;
        String status = attempt.succeeded() ? "DELIVERED" : retryAfter.isPresent() ? "PENDING" : "FAILED";
        Double retrySeconds = attempt.succeeded() ? null : retryAfter.map(wait -> wait.toMillis() / 1000.0)
                .orElse(null);
        transaction.executeWithoutResult(tx -> {
            int updated = jdbc.update("""
                            UPDATE subscriptions.deliveries
                               SET attempts = ?, status = ?, leased_until = NULL,
                                   next_attempt_at = CASE WHEN CAST(? AS float8) IS NULL THEN next_attempt_at
                                                          ELSE now() + make_interval(secs => ?) END,
                                   delivered_at = CASE WHEN ? THEN now() END
                             WHERE id = ? AND attempts = ?""",
                    number, status, retrySeconds, retrySeconds, attempt.succeeded(), delivery.id(),
                    delivery.attempts());
            if (updated == 1) {
                jdbc.update("""
                                INSERT INTO subscriptions.delivery_attempts (delivery_id, attempt, attempted_at,
                                    duration_ms, http_status, error, next_retry_at)
                                SELECT id, ?, ?, ?, ?, ?, CASE WHEN status = 'PENDING' THEN next_attempt_at END
                                  FROM subscriptions.deliveries WHERE id = ?""",
                        number, Timestamp.from(attempt.at()), attempt.duration().toMillis(), attempt.httpStatus(),
                        attempt.error(), delivery.id());
            }
        });
    }

    /** The latest {@code limit} deliveries to a webhook, newest first, each with its attempts. */
    List<DeliveryView> latest(UUID webhook, int limit) {
        List<DeliveryView> deliveries = jdbc.query("""
                        SELECT id, global_index, event_type, status, attempts, created_at, delivered_at,
                               CASE WHEN status = 'PENDING' THEN next_attempt_at END AS next_attempt_at
                          FROM subscriptions.deliveries WHERE webhook_id = ? ORDER BY id DESC LIMIT ?""",
                (rs, row) -> new DeliveryView(rs.getLong("id"), rs.getLong("global_index"),
                        rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")),
                        instant(rs.getTimestamp("next_attempt_at")), List.of()),
                webhook, limit);
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<Long, List<DeliveryView.AttemptView>> attempts = jdbc.query("""
                        SELECT a.delivery_id, a.attempt, a.attempted_at, a.duration_ms, a.http_status, a.error,
                               a.next_retry_at
                          FROM subscriptions.delivery_attempts a
                          JOIN subscriptions.deliveries d ON d.id = a.delivery_id
                         WHERE d.webhook_id = ? AND a.delivery_id >= ?
                         ORDER BY a.delivery_id, a.attempt""",
                        (rs, row) -> Map.entry(rs.getLong("delivery_id"), new DeliveryView.AttemptView(
                                rs.getInt("attempt"), instant(rs.getTimestamp("attempted_at")),
                                (Integer) rs.getObject("http_status"), rs.getString("error"),
                                rs.getLong("duration_ms"), instant(rs.getTimestamp("next_retry_at")))),
                        webhook, deliveries.get(deliveries.size() - 1).id()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream().map(delivery -> delivery.withAttempts(
                attempts.getOrDefault(delivery.id(), List.of()))).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A delivery taken by a worker: what to send where, and how many attempts it has had. */
    record DueDelivery(long id, long globalIndex, String body, int attempts, String url, String secret) {
    }
}
