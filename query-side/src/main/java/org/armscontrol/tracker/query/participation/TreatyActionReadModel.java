package org.armscontrol.tracker.query.participation;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.InForce;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.query.ParticipationDates;
import org.armscontrol.tracker.shared.query.TreatyActionDetails;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;
import static org.armscontrol.tracker.query.support.SqlValues.instant;
import static org.armscontrol.tracker.query.support.SqlValues.precision;
import static org.armscontrol.tracker.query.support.SqlValues.source;

/**
 * Reads of the treaty-action read model. A status "as of" a date is that left by the last action taking effect on
 * or before it: actions of one record are in order (the aggregate enforces it), so the last one tells. Whether the
 * instrument is in force for the country follows from that action's (corrected) date and the instrument's rule of
 * entry into force in the catalogue, so that a correction moves it too and knownAt sees it as it was: the rule as
 * the instrument's clauses defined it at that instant (an amendment of the clauses moves it only from then on).
 */
@Component
public class TreatyActionReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    TreatyActionReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The country's status at {@code asOf} on every instrument it has a record on, by instrument id: NONE (with no
     * {@code since}) where its first action takes effect only later.
     */
    public List<InstrumentStatus> statusesOf(CountryCode country, LocalDate asOf, KnownAt known) {
        return jdbc.query("""
                        SELECT i.instrument, a.status_after, a.action, a.effective_date, a.effective_precision
                          FROM (SELECT DISTINCT instrument FROM read_model.treaty_actions t
                                 WHERE t.country = :country AND %1$s) i
                          LEFT JOIN LATERAL (
                                SELECT status_after, action, effective_date, effective_precision
                                  FROM read_model.treaty_actions t
                                 WHERE t.country = :country AND t.instrument = i.instrument AND %1$s
                                   AND t.effective_date <= :asOf
                                 ORDER BY t.effective_date DESC, t.sequence_number DESC
                                 LIMIT 1) a ON TRUE
                         ORDER BY i.instrument""".formatted(known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("country", country.value()).addValue("asOf", asOf)),
                (rs, row) -> {
                    ParticipationStatus status = constant(rs, "status_after", ParticipationStatus.class);
                    InstrumentId instrument = InstrumentId.of(rs.getString("instrument"));
                    TreatyAction action = constant(rs, "action", TreatyAction.class);
                    LocalDate since = date(rs, "effective_date");
                    return new InstrumentStatus(instrument, status == null ? ParticipationStatus.NONE : status, since,
                            precision(rs, "effective_precision"), action,
                            InForce.of(known.definitionOf(instrument), action, since, asOf));
                });
    }

    /** Every country's status on the instrument at {@code asOf}, by country code. */
    public List<Participant> participantsOf(InstrumentId instrument, LocalDate asOf, KnownAt known) {
        return jdbc.query("""
                        SELECT DISTINCT ON (country) country, status_after, action, effective_date,
                               effective_precision
                          FROM read_model.treaty_actions t
                         WHERE instrument = :instrument AND effective_date <= :asOf AND %s
                         ORDER BY country, effective_date DESC, sequence_number DESC""".formatted(known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("instrument", instrument.value()).addValue("asOf", asOf)),
                (rs, row) -> {
                    TreatyAction action = constant(rs, "action", TreatyAction.class);
                    LocalDate since = date(rs, "effective_date");
                    return new Participant(CountryCode.of(rs.getString("country")),
                            constant(rs, "status_after", ParticipationStatus.class), since,
                            precision(rs, "effective_precision"), action,
                            InForce.of(known.definitionOf(instrument), action, since, asOf));
                });
    }

    /**
     * The dates of each country's participation in the instrument side by side, by country code: the acts dated on
     * or before {@code asOf} (signature, the latest consent with its kind, provisional application, the latest
     * withdrawal notified with its effect), as known.
     */
    public Map<String, ParticipationDates> datesOf(InstrumentId instrument, LocalDate asOf, KnownAt known) {
        return dates("country", "instrument", instrument.value(), asOf, known);
    }

    /** The same for each instrument the country has a record on, by instrument id. */
    public Map<String, ParticipationDates> datesOf(CountryCode country, LocalDate asOf, KnownAt known) {
        return dates("instrument", "country", country.value(), asOf, known);
    }

    /** One participation per value of {@code per}, of the records whose {@code of} column is {@code value}. */
    private Map<String, ParticipationDates> dates(String per, String of, String value, LocalDate asOf,
                                                  KnownAt known) {
        Map<String, ParticipationDates> dates = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT %1$s AS participation,
                               min(action_date) FILTER (WHERE action IN (:signatures)) AS signed,
                               (array_agg(action ORDER BY sequence_number)
                                    FILTER (WHERE action IN (:signatures)))[1] AS signed_by,
                               max(action_date) FILTER (WHERE action IN (:consents)) AS consented,
                               (array_agg(action ORDER BY action_date DESC, sequence_number DESC)
                                    FILTER (WHERE action IN (:consents)))[1] AS consent_action,
                               max(action_date) FILTER (WHERE action = 'PROVISIONALLY_APPLIED') AS provisional,
                               max(action_date) FILTER (WHERE action = 'WITHDREW') AS withdrawal_notified,
                               max(effective_date) FILTER (WHERE action = 'WITHDREW') AS withdrawal_effective
                          FROM read_model.treaty_actions t
                         WHERE %2$s = :value AND action_date <= :asOf AND %3$s
                         GROUP BY %1$s""".formatted(per, of, known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("value", value).addValue("asOf", asOf)
                        .addValue("signatures", names(TreatyAction.SIGNATURES))
                        .addValue("consents", names(TreatyAction.CONSENTS))),
                rs -> {
                    TreatyAction consent = constant(rs, "consent_action", TreatyAction.class);
                    dates.put(rs.getString("participation"), new ParticipationDates(date(rs, "signed"),
                            constant(rs, "signed_by", TreatyAction.class), date(rs, "consented"), consent,
                            consent == null ? null : consent.untcMarker().orElse(null), date(rs, "provisional"),
                            date(rs, "withdrawal_notified"), date(rs, "withdrawal_effective")));
                });
        return dates;
    }

    private static List<String> names(java.util.Set<TreatyAction> actions) {
        return actions.stream().map(TreatyAction::name).sorted().toList();
    }

    /** The country's treaty actions dated within the bounds (null: open), each with its corrections. */
    public List<HistoryEntry> historyOf(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                        KnownAt known) {
        MapSqlParameterSource parameters = known.addTo(new MapSqlParameterSource("country", country.value())
                .addValue("instrument", instrument == null ? null : instrument.value())
                .addValue("from", from)
                .addValue("to", to));
        Map<String, List<HistoryChange>> corrections = correctionsOf(parameters, known);
        return jdbc.query("""
                        SELECT * FROM read_model.treaty_actions t
                         WHERE country = :country AND %s
                           AND (CAST(:instrument AS text) IS NULL OR instrument = :instrument)
                           AND (CAST(:from AS date) IS NULL OR action_date >= :from)
                           AND (CAST(:to AS date) IS NULL OR action_date <= :to)""".formatted(known.versionOf("t")),
                parameters, (rs, row) -> entry(rs, corrections));
    }

    private Map<String, List<HistoryChange>> correctionsOf(MapSqlParameterSource parameters, KnownAt known) {
        Map<String, List<HistoryChange>> byAction = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT * FROM read_model.treaty_action_corrections c
                         WHERE country = :country AND %s
                           AND (CAST(:instrument AS text) IS NULL OR instrument = :instrument)
                         ORDER BY participation_id, sequence_number""".formatted(known.recorded("c")),
                parameters, rs -> {
                    String key = rs.getString("participation_id") + "#" + rs.getLong("corrected_sequence");
                    byAction.computeIfAbsent(key, k -> new ArrayList<>()).add(correction(rs));
                });
        return byAction;
    }

    private static HistoryChange correction(ResultSet rs) throws SQLException {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        compare(changed, before, after, "date", validDate(date(rs, "wrong_date"), precision(rs, "wrong_precision")),
                validDate(date(rs, "corrected_date"), precision(rs, "corrected_precision")));
        compare(changed, before, after, "effectiveDate",
                validDate(date(rs, "wrong_effective_date"), precision(rs, "wrong_effective_precision")),
                validDate(date(rs, "corrected_effective_date"), precision(rs, "corrected_effective_precision")));
        String correctedAction = rs.getString("corrected_action");
        if (correctedAction != null) {
            changed.add("action");
            before.put("action", rs.getString("action"));
            after.put("action", correctedAction);
        }
        String correctedNote = rs.getString("corrected_note");
        if (correctedNote != null) {
            changed.add("note");
            before.put("note", rs.getString("wrong_note"));
            after.put("note", correctedNote);
        }
        return new HistoryChange(HistoryChangeKind.CORRECTED, changed, before, after, rs.getString("reason"),
                source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static void compare(List<String> changed, Map<String, Object> before, Map<String, Object> after,
                                String field, Map<String, Object> was, Map<String, Object> is) {
        if (!was.equals(is)) {
            changed.add(field);
            before.put(field, was);
            after.put(field, is);
        }
    }

    private static Map<String, Object> validDate(LocalDate date, DatePrecision precision) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("date", date == null ? null : date.toString());
        value.put("precision", precision);
        return value;
    }

    private static HistoryEntry entry(ResultSet rs, Map<String, List<HistoryChange>> corrections) throws SQLException {
        String participation = rs.getString("participation_id");
        long sequence = rs.getLong("sequence_number");
        String id = participation + "#" + sequence;
        TreatyAction action = constant(rs, "action", TreatyAction.class);
        return new HistoryEntry(id, HistoryEntryKind.TREATY_ACTION,
                List.of(InstrumentId.of(rs.getString("instrument"))),
                date(rs, "action_date"), precision(rs, "action_precision"),
                new TreatyActionDetails(action, action.resultingStatus(), date(rs, "effective_date"),
                        precision(rs, "effective_precision"), rs.getString("note"), date(rs, "original_date"),
                        precision(rs, "original_precision"), date(rs, "original_effective_date")),
                source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                corrections.getOrDefault(id, List.of()));
    }
}
