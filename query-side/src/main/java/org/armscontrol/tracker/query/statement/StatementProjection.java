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
import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static org.armscontrol.tracker.query.support.SqlValues.timestamp;

/**
 * Keeps {@code statements}: one row per version of each statement (as recorded, after each amendment, after its
 * retraction), each known from the recorded instant of its event until the next version supersedes it. A version
 * is keyed by statement and sequence number and supersedes only older versions, so handling an event again
 * changes nothing.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class StatementProjection {

    private static final String COLUMNS = """
            statement_id, version, change, country, statement_date, date_precision, forum, location, speaker,
            speaker_role, instruments, stance, summary, quote, source_citation, source_url, retracted, content, changed_fields,
            reason, change_source_citation, change_source_url, recorded_at, recorded_by, changed_by, known_from""";

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;

    StatementProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(StatementRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        StatementContent content = event.content();
        writer.update("INSERT INTO read_model.statements (" + COLUMNS + """
                        ) VALUES (?, ?, 'RECORDED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?::jsonb, '{}', NULL,
                                  NULL, NULL, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.statementId().value(), sequence, event.country().value(), content.date().date(),
                content.date().precision().name(), content.forum(), content.location(), speakerName(content),
                speakerRole(content), instruments(content), content.stance().name(), content.summary(), content.quote(),
                content.source().citation(), content.source().url(), JsonColumns.write(content),
                timestamp(recordedAt), event.recordedBy().username(), event.recordedBy().username(),
                timestamp(recordedAt));
    }

    @EventHandler
    void on(StatementAmended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        StatementContent content = event.content();
        UUID id = event.statementId().value();
        writer.update("INSERT INTO read_model.statements (" + COLUMNS + """
                        ) SELECT statement_id, ?, 'AMENDED', country, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE,
                                 ?::jsonb, ?, ?, NULL, NULL, recorded_at, recorded_by, ?, ?
                            FROM read_model.statements
                           WHERE statement_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?
                        ON CONFLICT DO NOTHING""",
                sequence, content.date().date(), content.date().precision().name(), content.forum(),
                content.location(), speakerName(content), speakerRole(content), instruments(content),
                content.stance().name(),
                content.summary(), content.quote(), content.source().citation(), content.source().url(),
                JsonColumns.write(content), event.changedFields().toArray(String[]::new), event.reason().text(),
                event.recordedBy().username(), timestamp(recordedAt), id, sequence);
        supersede(id, sequence, recordedAt);
    }

    @EventHandler
    void on(StatementRetracted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        UUID id = event.statementId().value();
        writer.update("INSERT INTO read_model.statements (" + COLUMNS + """
                        ) SELECT statement_id, ?, 'RETRACTED', country, statement_date, date_precision, forum,
                                 location, speaker, speaker_role, instruments, stance, summary, quote, source_citation, source_url,
                                 TRUE, content, '{}', ?, ?, ?, recorded_at, recorded_by, ?, ?
                            FROM read_model.statements
                           WHERE statement_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?
                        ON CONFLICT DO NOTHING""",
                sequence, event.reason().text(), event.source() == null ? null : event.source().citation(),
                event.source() == null ? null : event.source().url(), event.recordedBy().username(),
                timestamp(recordedAt), id, sequence);
        supersede(id, sequence, recordedAt);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.statements");
    }

    /** Closes the versions older than {@code sequence}: from {@code recordedAt} on, the new one is current. */
    private void supersede(UUID id, long sequence, Instant recordedAt) {
        writer.update("""
                        UPDATE read_model.statements SET known_until = ?
                         WHERE statement_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?""",
                timestamp(recordedAt), id, sequence);
    }

    private static String speakerName(StatementContent content) {
        return content.speaker() == null ? null : content.speaker().name();
    }

    private static String speakerRole(StatementContent content) {
        return content.speaker() == null ? null : content.speaker().role();
    }

    private static String[] instruments(StatementContent content) {
        return content.instruments().stream().map(InstrumentId::value).toArray(String[]::new);
    }
}
