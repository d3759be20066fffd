package org.armscontrol.tracker.query.reservation;

import org.armscontrol.tracker.query.config.QuerySideConfiguration;
import org.armscontrol.tracker.query.projection.ReadModelWriter;
import org.armscontrol.tracker.shared.participation.ReservationMade;
import org.armscontrol.tracker.shared.participation.ReservationVoided;
import org.armscontrol.tracker.shared.participation.ReservationWithdrawn;
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
 * Keeps {@code reservations}, {@code reservation_withdrawals} and {@code reservation_voids}, one row per event keyed by record and sequence
 * number, so that handling an event again changes nothing.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.READ_MODELS)
class ReservationProjection {

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;

    ReservationProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(ReservationMade event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("""
                        INSERT INTO read_model.reservations (participation_id, sequence_number, reservation_id, country,
                            instrument, kind, text, reservation_date, date_precision, made_with, source_citation,
                            source_url, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.participationId().toString(), sequence, event.reservationId().value(), event.country().value(),
                event.instrument().value(), event.kind().name(), event.text(), event.date().date(),
                event.date().precision().name(), event.madeWith() == null ? null : event.madeWith().name(),
                event.source().citation(), event.source().url(), timestamp(recordedAt),
                event.recordedBy().username());
    }

    @EventHandler
    void on(ReservationWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("""
                        INSERT INTO read_model.reservation_withdrawals (participation_id, sequence_number,
                            reservation_id, country, instrument, withdrawal_date, date_precision, reason,
                            source_citation, source_url, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.participationId().toString(), sequence, event.reservationId().value(), event.country().value(),
                event.instrument().value(), event.date().date(), event.date().precision().name(),
                event.reason().text(), event.source().citation(), event.source().url(), timestamp(recordedAt),
                event.recordedBy().username());
    }

    @EventHandler
    void on(ReservationVoided event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writer.update("""
                        INSERT INTO read_model.reservation_voids (participation_id, sequence_number, reservation_id,
                            country, instrument, reason, source_citation, source_url, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.participationId().toString(), sequence, event.reservationId().value(), event.country().value(),
                event.instrument().value(), event.reason().text(), event.source().citation(), event.source().url(),
                timestamp(recordedAt), event.recordedBy().username());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.reservations, read_model.reservation_withdrawals, "
                + "read_model.reservation_voids");
    }
}
