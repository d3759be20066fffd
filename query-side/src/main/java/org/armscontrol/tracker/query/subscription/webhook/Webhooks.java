package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registered webhooks, in {@code subscriptions.webhooks}. */
@Component
class Webhooks {

    private static final String COLUMNS = "id, url, country, instrument, secret, created_by, created_at";
    private static final RowMapper<Webhook> ROW = (rs, row) -> new Webhook(rs.getObject("id", UUID.class),
            rs.getString("url"), rs.getString("country"), rs.getString("instrument"), rs.getString("secret"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int maxPerUser;

    Webhooks(JdbcTemplate jdbc, PlatformTransactionManager transactions, SubscriptionProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.maxPerUser = properties.webhooks().maxPerUser();
    }

    /**
     * Registers a webhook for the changes recorded from now on (after the current head of the event store), unless
     * its user has {@code max-per-user} already ({@link TooManyWebhooksException}).
     */
    Webhook add(WebhookRequests.Registration registration, String createdBy) {
        return transaction.execute(status -> {
            // One registration of a user at a time (on every instance), so that concurrent ones cannot pass the cap.
            jdbc.query("SELECT pg_advisory_xact_lock(hashtext('subscriptions.webhooks:' || ?))", rs -> null,
                    createdBy);
            Integer count = jdbc.queryForObject("SELECT count(*) FROM subscriptions.webhooks WHERE created_by = ?",
                    Integer.class, createdBy);
            if (count != null && count >= maxPerUser) {
                throw new TooManyWebhooksException(maxPerUser);
            }
            return insert(registration, createdBy);
        });
    }

    private Webhook insert(WebhookRequests.Registration registration, String createdBy) {
        return jdbc.queryForObject("""
                        INSERT INTO subscriptions.webhooks (id, url, country, instrument, secret, created_by,
                                                            after_global_index)
                        VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(global_index), 0) FROM event_store.events))
                        RETURNING\s""" + COLUMNS, ROW,
                UUID.randomUUID(), registration.url().toString(),
                registration.filter().country() == null ? null : registration.filter().country().value(),
                registration.filter().instrument() == null ? null : registration.filter().instrument().value(),
                registration.secret(), createdBy);
    }

    /** Every webhook ({@code createdBy} null) or those of one user, oldest first. */
    List<Webhook> all(String createdBy) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subscriptions.webhooks"
                        + " WHERE CAST(? AS text) IS NULL OR created_by = ? ORDER BY created_at, id",
                ROW, createdBy, createdBy);
    }

    Optional<Webhook> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subscriptions.webhooks WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    /** Removes the webhook with its deliveries and their log. */
    void delete(UUID id) {
        jdbc.update("DELETE FROM subscriptions.webhooks WHERE id = ?", id);
    }
}
