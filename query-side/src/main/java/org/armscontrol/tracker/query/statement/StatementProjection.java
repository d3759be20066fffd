package org.armscontrol.tracker.query.statement;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.statement.StatementAmended;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementRecorded;
import org.armscontrol.tracker.shared.statement.StatementRetracted;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.armscontrol.tracker.query.support.SqlValues.timestamp;

/**
 * Keeps {@code statements} (each statement's current version, searchable) and {@code statement_versions} (every
 * version with what changed and why). The current row only moves forward: an event older than the row's version
 * is never applied over a newer one, so handling an event again changes nothing.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class StatementProjection {

    private final JdbcTemplate jdbc;

    StatementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StatementRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        StatementContent content = event.content();
        jdbc.update("""
                        INSERT INTO read_model.statements (statement_id, country, statement_date, date_precision, forum,
                            location, speaker, instruments, stance, summary, quote, source_citation, source_url,
                            version, recorded_at, recorded_by, last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.statementId().value(), event.country().value(), content.date().date(),
                content.date().precision().name(), content.forum(), content.location(), content.speaker(),
                instruments(content), content.stance().name(), content.summary(), content.quote(),
                content.source().citation(), content.source().url(), sequence, timestamp(recordedAt),
                event.recordedBy().username(), timestamp(recordedAt));
        version(event.statementId().value(), sequence, "RECORDED", content, new String[0], null, null, null,
                recordedAt, event.recordedBy().username());
    }

    @EventHandler
    void on(StatementAmended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        StatementContent content = event.content();
        jdbc.update("""
                        UPDATE read_model.statements
                           SET statement_date = ?, date_precision = ?, forum = ?, location = ?, speaker = ?,
                               instruments = ?, stance = ?, summary = ?, quote = ?, source_citation = ?,
                               source_url = ?, version = ?, last_changed_at = ?
                         WHERE statement_id = ? AND version < ?""",
                content.date().date(), content.date().precision().name(), content.forum(), content.location(),
                content.speaker(), instruments(content), content.stance().name(), content.summary(),
                content.quote(), content.source().citation(), content.source().url(), sequence,
                timestamp(recordedAt), event.statementId().value(), sequence);
        version(event.statementId().value(), sequence, "AMENDED", content,
                event.changedFields().toArray(String[]::new), event.reason().text(), null, null, recordedAt,
                event.recordedBy().username());
    }

    @EventHandler
    void on(StatementRetracted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.update("""
                        UPDATE read_model.statements SET retracted = TRUE, version = ?, last_changed_at = ?
                         WHERE statement_id = ? AND version < ?""",
                sequence, timestamp(recordedAt), event.statementId().value(), sequence);
        version(event.statementId().value(), sequence, "RETRACTED", null, new String[0], event.reason().text(),
                event.source() == null ? null : event.source().citation(),
                event.source() == null ? null : event.source().url(), recordedAt, event.recordedBy().username());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.statements, read_model.statement_versions");
    }

    private void version(Object statementId, long version, String change, StatementContent content,
                         String[] changedFields, String reason, String sourceCitation, String sourceUrl,
                         Instant recordedAt, String recordedBy) {
        jdbc.update("""
                        INSERT INTO read_model.statement_versions (statement_id, version, change, content,
                            changed_fields, reason, source_citation, source_url, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                statementId, version, change, content == null ? null : JsonColumns.write(content), changedFields,
                reason, sourceCitation, sourceUrl, timestamp(recordedAt), recordedBy);
    }

    private static String[] instruments(StatementContent content) {
        return content.instruments().stream().map(InstrumentId::value).toArray(String[]::new);
    }
}
