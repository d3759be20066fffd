package org.armscontrol.tracker.query.vote;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.vote.VoteCorrected;
import org.armscontrol.tracker.shared.vote.VoteRecorded;
import org.armscontrol.tracker.shared.vote.VoteVoided;
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
 * Keeps {@code votes}: one row per version of each vote (as recorded, after each correction), each known from the
 * recorded instant of its event until the next version supersedes it. A version is keyed by vote and sequence
 * number and supersedes only older versions, so handling an event again changes nothing. A void closes the current
 * version and opens none: from its recorded instant the vote is in no read, while reads as known before still
 * show it.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class VoteProjection {

    private static final String COLUMNS = """
            vote_id, version, change, country, resolution, title, vote_date, date_precision, vote, instruments,
            source_citation, source_url, changed_fields, reason, change_source_citation, change_source_url,
            recorded_at, recorded_by, changed_by, known_from""";

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;

    VoteProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(VoteRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("INSERT INTO read_model.votes (" + COLUMNS + """
                        ) VALUES (?, ?, 'RECORDED', ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', NULL, NULL, NULL, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.voteId().toString(), sequence, event.country().value(), event.resolution().value(),
                event.title(), event.date().date(), event.date().precision().name(), event.vote().name(),
                event.instruments().stream().map(InstrumentId::value).toArray(String[]::new),
                event.source().citation(), event.source().url(), timestamp(recordedAt),
                event.recordedBy().username(), event.recordedBy().username(), timestamp(recordedAt));
    }

    @EventHandler
    void on(VoteCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String id = event.voteId().toString();
        // The new version copies what a correction cannot change from the current one.
        writer.update("INSERT INTO read_model.votes (" + COLUMNS + """
                        ) SELECT vote_id, ?, 'CORRECTED', country, resolution, title, ?, ?, ?, instruments,
                                 source_citation, source_url, ?, ?, ?, ?, recorded_at, recorded_by, ?, ?
                            FROM read_model.votes
                           WHERE vote_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?
                        ON CONFLICT DO NOTHING""",
                sequence, event.date().date(), event.date().precision().name(), event.vote().name(),
                event.changedFields().toArray(String[]::new), event.reason().text(), event.source().citation(),
                event.source().url(), event.recordedBy().username(), timestamp(recordedAt), id, sequence);
        writer.update("""
                        UPDATE read_model.votes SET known_until = ?
                         WHERE vote_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?""",
                timestamp(recordedAt), id, sequence);
    }

    @EventHandler
    void on(VoteVoided event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("""
                        UPDATE read_model.votes SET known_until = ?
                         WHERE vote_id = ? AND coalesce(known_until, 'infinity') = 'infinity' AND version < ?""",
                timestamp(recordedAt), event.voteId().toString(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.votes");
    }
}
