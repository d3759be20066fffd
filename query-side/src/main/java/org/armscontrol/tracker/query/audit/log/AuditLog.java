package org.armscontrol.tracker.query.audit.log;

import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads the event log straight from the event store, the system of record, in recorded (global) order or the
 * latest first. Rows are
 * fetched through a cursor a few hundred at a time and handed on one by one, so that an export of the whole log
 * never holds it in memory.
 */
@Component
public class AuditLog {

    private static final int FETCH_SIZE = 500;

    /**
     * The record an event belongs to, in words, for a reader who does not know its id by heart: a statement by its
     * date and forum (a retraction names only the date, so the forum comes from the statement's first event), a
     * participation by its instrument with the action (or reservation) and its date, a stockpile by its weapon
     * system, a vote by its resolution.
     */
    private static final String RECORD = """
            CASE aggregate_type
              WHEN 'Statement' THEN concat_ws(' ', 'statement of',
                  coalesce(p->'content'->'date'->>'date', p->'date'->>'date'),
                  'at ' || coalesce(p->'content'->>'forum',
                      (SELECT convert_from(f.payload, 'UTF8')::jsonb->'content'->>'forum' FROM event_store.events f
                        WHERE f.aggregate_id = ev.aggregate_id AND f.sequence_number = 0)))
              WHEN 'TreatyParticipation' THEN concat_ws(' ', (p->>'instrument') || ':',
                  lower(replace(coalesce(p->>'correctedAction', p->>'action', p->>'kind'), '_', ' ')),
                  p->>'reservationId', 'on ' || (p->'date'->>'date'))
              WHEN 'Stockpile' THEN 'stockpile of ' || split_part(aggregate_id, ':', 2)
              WHEN 'Vote' THEN concat_ws(' ', 'vote on', p->>'resolution', 'of ' || (p->'date'->>'date'))
              ELSE aggregate_type || ' ' || aggregate_id
            END""";

    private static final String SELECT = """
            SELECT global_index, event_id, recorded_at, aggregate_type, aggregate_id, sequence_number, payload_type,
                   payload_revision, p::text AS payload, m::text AS metadata,
                   m->>'recordedBy' AS recorded_by, m->>'correlationId' AS correlation_id,
                   m->>'causationId' AS causation_id, m->>'idempotencyKey' AS idempotency_key,
                   p->>'country' AS country, p->>'reason' AS reason,
                   coalesce(p->'source', p->'content'->'source', p->'declaration'->'source')->>'citation'
                       AS source_citation,
                   coalesce(p->'source', p->'content'->'source', p->'declaration'->'source')->>'url' AS source_url,
                   %s AS record
              FROM (SELECT e.*, convert_from(e.payload, 'UTF8')::jsonb AS p,
                           convert_from(e.metadata, 'UTF8')::jsonb AS m
                      FROM event_store.events e) ev
             WHERE global_index > :after
               AND (CAST(:before AS bigint) IS NULL OR global_index < :before)
               AND (CAST(:knownAt AS timestamptz) IS NULL OR recorded_at <= :knownAt)
               AND (CAST(:country AS text) IS NULL OR p->>'country' = :country)
               AND (CAST(:user AS text) IS NULL OR m->>'recordedBy' = :user)
               AND (CAST(:recordedFrom AS timestamptz) IS NULL OR recorded_at >= :recordedFrom)
               AND (CAST(:recordedUntil AS timestamptz) IS NULL OR recorded_at < :recordedUntil)
               AND (CAST(:instrument AS text) IS NULL OR p->>'instrument' = :instrument
                    -- statements, stockpiles and votes: every event of a record that concerns the instrument
                    OR aggregate_id IN (
                        SELECT x.aggregate_id FROM event_store.event_log x
                         WHERE jsonb_exists(x.payload->'content'->'instruments', :instrument)
                            OR jsonb_exists(x.payload->'instruments', :instrument)
                            OR x.payload->'declaration'->>'category' = ANY (CAST(:categories AS text[]))))
             ORDER BY global_index %s
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    AuditLog(DataSource dataSource, PlatformTransactionManager transactionManager) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Hands every matching event, in recorded order, to {@code sink}. */
    public void forEach(AuditEventFilter filter, Consumer<AuditEvent> sink) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("after", filter.after())
                .addValue("before", filter.before())
                .addValue("knownAt", filter.knownAt() == null ? null : Timestamp.from(filter.knownAt()))
                .addValue("country", filter.country() == null ? null : filter.country().value())
                .addValue("user", filter.user())
                .addValue("recordedFrom", filter.recordedFrom() == null ? null : Timestamp.from(filter.recordedFrom()))
                .addValue("recordedUntil",
                        filter.recordedUntil() == null ? null : Timestamp.from(filter.recordedUntil()))
                .addValue("instrument", filter.instrument() == null ? null : filter.instrument().value())
                .addValue("categories", filter.instrument() == null ? new String[0]
                        : Arrays.stream(MunitionCategory.values())
                        .filter(category -> category.instruments().contains(filter.instrument()))
                        .map(Enum::name).toArray(String[]::new));
        String select = SELECT.formatted(RECORD, filter.newestFirst() ? "DESC" : "ASC");
        String sql = filter.limit() == null ? select : select + " LIMIT " + filter.limit();
        // PostgreSQL streams with a cursor only inside a transaction.
        readOnly.executeWithoutResult(status ->
            jdbc.query(sql, parameters, rs -> {
                sink.accept(new AuditEvent(rs.getLong("global_index"), rs.getString("event_id"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                        simpleName(rs.getString("payload_type")), rs.getString("payload_type"),
                        rs.getString("payload_revision"), rs.getString("aggregate_type"),
                        rs.getString("aggregate_id"), rs.getLong("sequence_number"), rs.getString("country"),
                        rs.getString("reason"), rs.getString("source_citation"), rs.getString("source_url"), rs.getString("correlation_id"),
                        rs.getString("causation_id"), rs.getString("idempotency_key"), rs.getString("payload"),
                        rs.getString("metadata"), rs.getString("record")));
            }));
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
