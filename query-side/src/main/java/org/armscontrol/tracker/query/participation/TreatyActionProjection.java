package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.participation.TreatyActionVoided;
import org.armscontrol.tracker.shared.value.ValidDate;
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
 * Keeps {@code treaty_actions} (one row per version of each action: as recorded, then after each correction, each
 * known from the recorded instant of its event until superseded) and {@code treaty_action_corrections} (every
 * correction). Rows are keyed by record and sequence numbers, so handling an event again changes nothing.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class TreatyActionProjection {

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;

    TreatyActionProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(TreatyActionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        ValidDate effective = event.effectiveDate() != null ? event.effectiveDate() : event.date();
        writer.update("""
                        INSERT INTO read_model.treaty_actions (participation_id, sequence_number, version_sequence,
                            country, instrument, action, status_after, action_date, action_precision, effective_date,
                            effective_precision, original_date, original_precision, original_effective_date,
                            original_effective_precision, source_citation, source_url, note, recorded_at, recorded_by,
                            known_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.participationId().toString(), sequence, sequence, event.country().value(),
                event.instrument().value(),
                event.action().name(), event.action().resultingStatus().name(),
                event.date().date(), event.date().precision().name(), effective.date(), effective.precision().name(),
                event.date().date(), event.date().precision().name(), effective.date(), effective.precision().name(),
                event.source().citation(), event.source().url(), event.note(), timestamp(recordedAt),
                event.recordedBy().username(), timestamp(recordedAt));
    }

    @EventHandler
    void on(TreatyActionCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String participation = event.participationId().toString();
        ValidDate effective = event.effectiveDate() != null ? event.effectiveDate() : event.date();
        ValidDate wrongEffective = event.wrongEffectiveDate() != null ? event.wrongEffectiveDate() : event.wrongDate();
        writer.update("""
                        INSERT INTO read_model.treaty_action_corrections (participation_id, sequence_number,
                            corrected_sequence, country, instrument, action, wrong_date, wrong_precision,
                            corrected_date, corrected_precision, wrong_effective_date, wrong_effective_precision,
                            corrected_effective_date, corrected_effective_precision, reason, source_citation,
                            source_url, recorded_at, recorded_by, corrected_action, wrong_note, corrected_note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                participation, sequence, event.correctedSequence(), event.country().value(),
                event.instrument().value(), event.action().name(),
                event.wrongDate().date(), event.wrongDate().precision().name(),
                event.date().date(), event.date().precision().name(),
                wrongEffective.date(), wrongEffective.precision().name(),
                effective.date(), effective.precision().name(),
                event.reason().text(), event.source().citation(), event.source().url(), timestamp(recordedAt),
                event.recordedBy().username(), event.correctedAction() == null ? null : event.correctedAction().name(),
                event.wrongNote(), event.note());
        // A new version of the action with the corrected fields, then the version it supersedes closed. An event
        // handled again finds its own version current and changes nothing.
        writer.update("""
                        INSERT INTO read_model.treaty_actions (participation_id, sequence_number, version_sequence,
                            country, instrument, action, status_after, action_date, action_precision, effective_date,
                            effective_precision, original_date, original_precision, original_effective_date,
                            original_effective_precision, source_citation, source_url, note, recorded_at, recorded_by,
                            corrections, known_from)
                        SELECT participation_id, sequence_number, ?, country, instrument, ?, ?,
                               ?, ?, ?, ?, original_date, original_precision, original_effective_date,
                               original_effective_precision, source_citation, source_url, coalesce(?, note),
                               recorded_at, recorded_by, corrections + 1, ?
                          FROM read_model.treaty_actions
                         WHERE participation_id = ? AND sequence_number = ? AND coalesce(known_until, 'infinity') = 'infinity'
                           AND version_sequence < ?
                        ON CONFLICT DO NOTHING""",
                sequence, event.actionAfter().name(), event.actionAfter().resultingStatus().name(),
                event.date().date(), event.date().precision().name(), effective.date(),
                effective.precision().name(), event.note(), timestamp(recordedAt), participation,
                event.correctedSequence(), sequence);
        writer.update("""
                        UPDATE read_model.treaty_actions SET known_until = ?
                         WHERE participation_id = ? AND sequence_number = ? AND coalesce(known_until, 'infinity') = 'infinity'
                           AND version_sequence < ?""",
                timestamp(recordedAt), participation, event.correctedSequence(), sequence);
    }

    /**
     * A void closes the action's current version at the void's instant and opens none: from then on the action
     * counts nowhere, while reads known at an earlier instant still find it.
     */
    @EventHandler
    void on(TreatyActionVoided event, @Timestamp Instant recordedAt) {
        writer.update("""
                        UPDATE read_model.treaty_actions SET known_until = ?
                         WHERE participation_id = ? AND sequence_number = ?
                           AND coalesce(known_until, 'infinity') = 'infinity'""",
                timestamp(recordedAt), event.participationId().toString(), event.voidedSequence());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.treaty_actions, read_model.treaty_action_corrections");
    }
}
