package org.armscontrol.tracker.query.stockpile;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationRevised;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclarationVoided;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclared;
import org.armscontrol.tracker.shared.stockpile.StockpileDestructionReported;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.armscontrol.tracker.query.support.SqlValues.timestamp;

/**
 * Keeps {@code stockpile_declarations} (one row per version of each declaration: as declared, then after each
 * revision, each known from the recorded instant of its event until superseded), {@code stockpile_destructions}
 * and {@code stockpile_revisions} (each revision with the declaration before and after it). Rows are keyed by
 * record and sequence numbers, so handling an event again changes nothing. A void closes the current version of
 * every declaration of the stockpile and opens none: the reads reach destruction reports and revisions through
 * the declaration they follow, so from the void's recorded instant the whole stockpile is in no read, while reads
 * as known before still show it.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class StockpileProjection {

    /** The latest declaration of a stockpile before a given sequence number: the one later events refer to. */
    private static final String LATEST_DECLARATION = """
            (SELECT max(sequence_number) FROM read_model.stockpile_declarations
              WHERE stockpile_id = ? AND sequence_number < ?)""";

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;

    StockpileProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(StockpileDeclared event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        StockpileDeclaration declaration = event.declaration();
        writer.update("""
                        INSERT INTO read_model.stockpile_declarations (stockpile_id, sequence_number,
                            version_sequence, country, weapon_system, category, quantity, status, origin,
                            declared_date, date_precision, source_citation, source_url, note, recorded_at,
                            recorded_by, known_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.stockpileId().toString(), sequence, sequence, event.country().value(),
                event.weaponSystem().name(),
                declaration.category().name(), declaration.quantity(), declaration.status().name(),
                declaration.origin(), declaration.date().date(), declaration.date().precision().name(),
                declaration.source().citation(), declaration.source().url(), declaration.note(),
                timestamp(recordedAt), event.recordedBy().username(), timestamp(recordedAt));
    }

    @EventHandler
    void on(StockpileDestructionReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String stockpile = event.stockpileId().toString();
        writer.update("""
                        INSERT INTO read_model.stockpile_destructions (stockpile_id, sequence_number,
                            declaration_sequence, country, weapon_system, quantity_destroyed, completed,
                            destroyed_date, date_precision, source_citation, source_url, note, recorded_at,
                            recorded_by)
                        VALUES (?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""".formatted(LATEST_DECLARATION),
                stockpile, sequence, stockpile, sequence, event.country().value(), event.weaponSystem().name(),
                event.quantityDestroyed(), event.completed(), event.date().date(), event.date().precision().name(),
                event.source().citation(), event.source().url(), event.note(), timestamp(recordedAt),
                event.recordedBy().username());
    }

    @EventHandler
    void on(StockpileDeclarationRevised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String stockpile = event.stockpileId().toString();
        StockpileDeclaration revised = event.declaration();
        // The declaration as it stood before, in the same JSON shape as the revised one.
        writer.update("""
                        INSERT INTO read_model.stockpile_revisions (stockpile_id, sequence_number,
                            declaration_sequence, country, previous, revised, changed_fields, reason, recorded_at,
                            recorded_by)
                        SELECT d.stockpile_id, ?, d.sequence_number, d.country,
                               jsonb_build_object('category', d.category, 'quantity', d.quantity, 'status', d.status,
                                   'origin', d.origin,
                                   'date', jsonb_build_object('date', d.declared_date, 'precision', d.date_precision),
                                   'source', jsonb_build_object('citation', d.source_citation, 'url', d.source_url),
                                   'note', d.note),
                               ?::jsonb, ?, ?, ?, ?
                          FROM read_model.stockpile_declarations d
                         WHERE d.stockpile_id = ? AND d.sequence_number = %s AND coalesce(d.known_until, 'infinity') = 'infinity'
                           AND d.version_sequence < ?
                        ON CONFLICT DO NOTHING""".formatted(LATEST_DECLARATION),
                sequence, JsonColumns.write(revised), event.changedFields().toArray(String[]::new),
                event.reason().text(), timestamp(recordedAt), event.recordedBy().username(),
                stockpile, stockpile, sequence, sequence);
        // A new version of the declaration with the revised content, then the version it supersedes closed.
        writer.update("""
                        INSERT INTO read_model.stockpile_declarations (stockpile_id, sequence_number,
                            version_sequence, country, weapon_system, category, quantity, status, origin,
                            declared_date, date_precision, source_citation, source_url, note, recorded_at,
                            recorded_by, revisions, known_from)
                        SELECT stockpile_id, sequence_number, ?, country, weapon_system, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                               recorded_at, recorded_by, revisions + 1, ?
                          FROM read_model.stockpile_declarations
                         WHERE stockpile_id = ? AND sequence_number = %s AND coalesce(known_until, 'infinity') = 'infinity'
                           AND version_sequence < ?
                        ON CONFLICT DO NOTHING""".formatted(LATEST_DECLARATION),
                sequence, revised.category().name(), revised.quantity(), revised.status().name(), revised.origin(),
                revised.date().date(), revised.date().precision().name(), revised.source().citation(),
                revised.source().url(), revised.note(), timestamp(recordedAt), stockpile, stockpile, sequence,
                sequence);
        writer.update("""
                        UPDATE read_model.stockpile_declarations SET known_until = ?
                         WHERE stockpile_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version_sequence < ?
                           AND sequence_number = %s""".formatted(LATEST_DECLARATION),
                timestamp(recordedAt), stockpile, sequence, stockpile, sequence);
    }

    @EventHandler
    void on(StockpileDeclarationVoided event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("""
                        UPDATE read_model.stockpile_declarations SET known_until = ?
                         WHERE stockpile_id = ? AND coalesce(known_until, 'infinity') = 'infinity'
                           AND version_sequence < ?""",
                timestamp(recordedAt), event.stockpileId().toString(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("""
                TRUNCATE read_model.stockpile_declarations, read_model.stockpile_destructions,
                         read_model.stockpile_revisions""");
    }
}
