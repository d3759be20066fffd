package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;

/**
 * The treaty-action read model seen as changes of status through valid time. It follows the rule of the reads "as
 * of" a date (TreatyActionReadModel): the status on a date is that of the last action, by effective date then
 * sequence number, taking effect on or before it. So of several actions of one record taking effect on the same
 * date, the last one is the status from that date.
 */
@Component
class TimelineReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    TimelineReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every change of the country's status, by instrument then date. */
    List<StatusChange> statusChangesOf(CountryCode country, KnownAt known) {
        return jdbc.query("""
                        SELECT DISTINCT ON (instrument, effective_date) instrument, effective_date, status_after, action
                          FROM read_model.treaty_actions t
                         WHERE country = :country AND %s
                         ORDER BY instrument, effective_date, sequence_number DESC""".formatted(known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("country", country.value())),
                (rs, row) -> new StatusChange(InstrumentId.of(rs.getString("instrument")), date(rs, "effective_date"),
                        constant(rs, "status_after", ParticipationStatus.class),
                        constant(rs, "action", TreatyAction.class)));
    }

    /**
     * How the count of each status on the instrument changes, by date, in one pass over its actions: each country's
     * status per date on which it changes, compared with its previous one (a country entering a status counts +1
     * there and -1 in the status it leaves). Dates on which no country's status changes are left out.
     */
    List<CountChange> countChangesOf(InstrumentId instrument, KnownAt known) {
        return jdbc.query("""
                        WITH days AS (
                            SELECT DISTINCT ON (country, effective_date) country, effective_date, status_after
                              FROM read_model.treaty_actions t
                             WHERE instrument = :instrument AND %s
                             ORDER BY country, effective_date, sequence_number DESC),
                        changes AS (
                            SELECT effective_date, status_after,
                                   LAG(status_after) OVER (PARTITION BY country ORDER BY effective_date) AS previous
                              FROM days)
                        SELECT effective_date, status, SUM(delta) AS delta
                          FROM (SELECT effective_date, status_after AS status, 1 AS delta
                                  FROM changes WHERE previous IS DISTINCT FROM status_after
                                UNION ALL
                                SELECT effective_date, previous, -1
                                  FROM changes WHERE previous <> status_after) deltas
                         GROUP BY effective_date, status
                         ORDER BY effective_date, status""".formatted(known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("instrument", instrument.value())),
                (rs, row) -> new CountChange(date(rs, "effective_date"), rs.getString("status"),
                        rs.getInt("delta")));
    }

    /** Every action on the instrument, by country, then effective date, then sequence number. */
    List<ActionTaken> actionsOf(InstrumentId instrument, KnownAt known) {
        return jdbc.query("""
                        SELECT country, effective_date, status_after, action
                          FROM read_model.treaty_actions t
                         WHERE instrument = :instrument AND %s
                         ORDER BY country, effective_date, sequence_number""".formatted(known.versionOf("t")),
                known.addTo(new MapSqlParameterSource("instrument", instrument.value())),
                (rs, row) -> new ActionTaken(CountryCode.of(rs.getString("country")), date(rs, "effective_date"),
                        constant(rs, "status_after", ParticipationStatus.class),
                        constant(rs, "action", TreatyAction.class)));
    }
}
