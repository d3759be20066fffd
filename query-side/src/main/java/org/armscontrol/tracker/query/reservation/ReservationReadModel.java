package org.armscontrol.tracker.query.reservation;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ReservationId;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.ReservationDetails;
import org.armscontrol.tracker.shared.query.ReservationInForce;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;
import static org.armscontrol.tracker.query.support.SqlValues.instant;
import static org.armscontrol.tracker.query.support.SqlValues.precision;
import static org.armscontrol.tracker.query.support.SqlValues.source;

/**
 * Reads of reservations and declarations. A reservation and its withdrawal are each known from the instant they
 * were recorded, so "as known at T" simply leaves out what was recorded later. "In force on D" compares dates on
 * the first day of their period, as every read "as of" a date does. A reservation voided (recorded in error) as
 * known at T is left out of every read as known at T.
 */
@Component
public class ReservationReadModel {

    /** The reservation's withdrawal known at :knownAt (at most one: the aggregate refuses a second). */
    private static final String WITHDRAWAL = """
            LEFT JOIN LATERAL (
                  SELECT * FROM read_model.reservation_withdrawals w
                   WHERE w.participation_id = r.participation_id AND w.reservation_id = r.reservation_id AND %s
                   ORDER BY w.sequence_number LIMIT 1) w ON TRUE""";

    /** The reservation was not voided as known at :knownAt: a voided one counts nowhere. */
    private static final String NOT_VOIDED = """
            NOT EXISTS (SELECT 1 FROM read_model.reservation_voids v
                         WHERE v.participation_id = r.participation_id AND v.reservation_id = r.reservation_id
                           AND %s)""";

    private final NamedParameterJdbcTemplate jdbc;

    ReservationReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The country's reservations in force on {@code asOf}, by instrument, each list in the order they were made. */
    public Map<InstrumentId, List<ReservationInForce>> inForceOn(CountryCode country, LocalDate asOf, KnownAt known) {
        List<Map.Entry<InstrumentId, ReservationInForce>> rows = jdbc.query("""
                        SELECT r.* FROM read_model.reservations r
                         %s
                         WHERE r.country = :country AND %s AND %s AND r.reservation_date <= :asOf
                           AND (w.withdrawal_date IS NULL OR w.withdrawal_date > :asOf)
                         ORDER BY r.instrument, r.reservation_date, r.sequence_number"""
                        .formatted(WITHDRAWAL.formatted(known.recorded("w")), known.recorded("r"),
                                NOT_VOIDED.formatted(known.recorded("v"))),
                known.addTo(new MapSqlParameterSource("country", country.value()).addValue("asOf", asOf)),
                (rs, row) -> Map.entry(InstrumentId.of(rs.getString("instrument")), new ReservationInForce(
                        ReservationId.parse(rs.getString("reservation_id")),
                        constant(rs, "kind", ReservationKind.class), rs.getString("text"),
                        date(rs, "reservation_date"))));
        return rows.stream().collect(groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                mapping(Map.Entry::getValue, toList())));
    }

    /** The country's reservations dated within the bounds (null: open), each with its withdrawal as a change. */
    public List<HistoryEntry> historyOf(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                        KnownAt known) {
        return jdbc.query("""
                        SELECT r.*, w.withdrawal_date, w.date_precision AS withdrawal_precision, w.reason,
                               w.source_citation AS withdrawal_source_citation,
                               w.source_url AS withdrawal_source_url, w.recorded_at AS withdrawal_recorded_at,
                               w.recorded_by AS withdrawal_recorded_by
                          FROM read_model.reservations r
                          %s
                         WHERE r.country = :country AND %s AND %s
                           AND (CAST(:instrument AS text) IS NULL OR r.instrument = :instrument)
                           AND (CAST(:from AS date) IS NULL OR r.reservation_date >= :from)
                           AND (CAST(:to AS date) IS NULL OR r.reservation_date <= :to)"""
                        .formatted(WITHDRAWAL.formatted(known.recorded("w")), known.recorded("r"),
                                NOT_VOIDED.formatted(known.recorded("v"))),
                known.addTo(new MapSqlParameterSource("country", country.value())
                        .addValue("instrument", instrument == null ? null : instrument.value())
                        .addValue("from", from)
                        .addValue("to", to)),
                (rs, row) -> entry(rs));
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        LocalDate withdrawnOn = date(rs, "withdrawal_date");
        List<HistoryChange> changes = withdrawnOn == null ? List.of() : List.of(withdrawal(rs));
        return new HistoryEntry(rs.getString("participation_id") + "#" + rs.getLong("sequence_number"),
                HistoryEntryKind.RESERVATION, List.of(InstrumentId.of(rs.getString("instrument"))),
                date(rs, "reservation_date"), precision(rs, "date_precision"),
                new ReservationDetails(ReservationId.parse(rs.getString("reservation_id")),
                        constant(rs, "kind", ReservationKind.class), rs.getString("text"),
                        constant(rs, "made_with", TreatyAction.class), withdrawnOn != null, withdrawnOn),
                source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"), changes);
    }

    /** The withdrawal as a change of the entry: from in force to withdrawn on its date. */
    private static HistoryChange withdrawal(ResultSet rs) throws SQLException {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("withdrawn", false);
        before.put("withdrawnOn", null);
        Map<String, Object> withdrawnOn = new LinkedHashMap<>();
        withdrawnOn.put("date", date(rs, "withdrawal_date").toString());
        withdrawnOn.put("precision", precision(rs, "withdrawal_precision"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("withdrawn", true);
        after.put("withdrawnOn", withdrawnOn);
        return new HistoryChange(HistoryChangeKind.WITHDRAWN, List.of("withdrawn", "withdrawnOn"), before, after,
                rs.getString("reason"), source(rs, "withdrawal_source_"), instant(rs, "withdrawal_recorded_at"),
                rs.getString("withdrawal_recorded_by"));
    }
}
