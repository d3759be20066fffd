package org.armscontrol.tracker.query.vote;

import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.InstrumentVotes;
import org.armscontrol.tracker.shared.query.VoteDetails;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.vote.ResolutionSymbol;
import org.armscontrol.tracker.shared.vote.VoteCast;
import org.armscontrol.tracker.shared.vote.VoteId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;
import static org.armscontrol.tracker.query.support.SqlValues.instant;
import static org.armscontrol.tracker.query.support.SqlValues.precision;
import static org.armscontrol.tracker.query.support.SqlValues.source;

/** Reads of the vote read model: the timeline entries and, per instrument, the latest vote and the tally. */
@Component
public class VoteReadModel {

    /** A country's votes known at the instant asked for ({@code %s}), within optional bounds. */
    private static final String FILTERS = """
             WHERE v.country = :country AND %s
               AND (CAST(:instrument AS text) IS NULL OR CAST(:instrument AS text) = ANY (v.instruments))
               AND (CAST(:from AS date) IS NULL OR v.vote_date >= :from)
               AND (CAST(:to AS date) IS NULL OR v.vote_date <= :to)""";

    private final NamedParameterJdbcTemplate jdbc;

    VoteReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The country's votes dated within the bounds (null: open), each with its corrections known by then. */
    public List<HistoryEntry> historyOf(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                        KnownAt known) {
        String filters = FILTERS.formatted(known.versionOf("v"));
        MapSqlParameterSource parameters = known.addTo(new MapSqlParameterSource("country", country.value()))
                .addValue("instrument", instrument == null ? null : instrument.value())
                .addValue("from", from)
                .addValue("to", to);
        Map<String, List<HistoryChange>> corrections = correctionsOf(parameters, filters, known);
        return jdbc.query("SELECT * FROM read_model.votes v " + filters, parameters, (rs, row) -> {
            String id = rs.getString("vote_id");
            return new HistoryEntry(id, HistoryEntryKind.VOTE, instruments(rs), date(rs, "vote_date"),
                    precision(rs, "date_precision"),
                    new VoteDetails(VoteId.parse(id), ResolutionSymbol.of(rs.getString("resolution")),
                            rs.getString("title"), constant(rs, "vote", VoteCast.class), rs.getLong("version")),
                    source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                    corrections.getOrDefault(id, List.of()));
        });
    }

    /**
     * Per instrument, the country's votes dated on or before {@code asOf}: the latest (by date, then as recorded)
     * and how many went each way. A resolution concerning two instruments counts under each.
     */
    public List<InstrumentVotes> votesOf(CountryCode country, LocalDate asOf, KnownAt known) {
        Map<String, Latest> latest = new LinkedHashMap<>();
        Map<String, Map<VoteCast, Integer>> counts = new HashMap<>();
        jdbc.query("""
                        SELECT i.instrument, v.vote_id, v.resolution, v.vote_date, v.date_precision, v.vote
                          FROM read_model.votes v CROSS JOIN LATERAL unnest(v.instruments) AS i (instrument)
                         WHERE v.country = :country AND %s AND v.vote_date <= :asOf
                         ORDER BY i.instrument, v.vote_date, v.recorded_at, v.vote_id""".formatted(
                        known.versionOf("v")),
                known.addTo(new MapSqlParameterSource("country", country.value()).addValue("asOf", asOf)), rs -> {
                    String instrument = rs.getString("instrument");
                    VoteCast vote = constant(rs, "vote", VoteCast.class);
                    // Rows come oldest first: the last one of an instrument is its latest vote.
                    latest.put(instrument, new Latest(ResolutionSymbol.of(rs.getString("resolution")),
                            VoteId.parse(rs.getString("vote_id")), date(rs, "vote_date"),
                            precision(rs, "date_precision"), vote));
                    counts.computeIfAbsent(instrument, k -> new EnumMap<>(VoteCast.class)).merge(vote, 1, Integer::sum);
                });
        List<InstrumentVotes> votes = new ArrayList<>();
        latest.forEach((instrument, vote) -> votes.add(new InstrumentVotes(InstrumentId.of(instrument),
                vote.resolution, vote.voteId, vote.date, vote.precision, vote.vote, counts.get(instrument))));
        return votes;
    }

    private record Latest(ResolutionSymbol resolution, VoteId voteId, LocalDate date, DatePrecision precision,
                          VoteCast vote) {
    }

    /** The corrections known at the instant, per vote of the timeline, each with its fields before and after. */
    private Map<String, List<HistoryChange>> correctionsOf(MapSqlParameterSource parameters, String filters,
                                                          KnownAt known) {
        Map<String, List<HistoryChange>> corrections = new LinkedHashMap<>();
        Map<String, Map<String, Object>> previous = new HashMap<>();
        jdbc.query("""
                SELECT c.* FROM read_model.votes c
                 WHERE %s AND c.vote_id IN (SELECT v.vote_id FROM read_model.votes v %s)
                 ORDER BY c.vote_id, c.version""".formatted(known.instant() == null ? "TRUE"
                : "c.known_from <= :knownAt", filters), parameters, rs -> {
            String id = rs.getString("vote_id");
            Map<String, Object> values = correctable(rs);
            if (!"RECORDED".equals(rs.getString("change"))) {
                corrections.computeIfAbsent(id, k -> new ArrayList<>()).add(correction(rs, previous.get(id), values));
            }
            previous.put(id, values);
        });
        return corrections;
    }

    private static HistoryChange correction(ResultSet rs, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
        List<String> fields = Arrays.asList((String[]) rs.getArray("changed_fields").getArray());
        return new HistoryChange(HistoryChangeKind.CORRECTED, fields, only(fields, before), only(fields, after),
                rs.getString("reason"), source(rs, "change_source_"), instant(rs, "known_from"),
                rs.getString("changed_by"));
    }

    /** What a correction may change, as the history shows it (a date as {@code {date, precision}}). */
    private static Map<String, Object> correctable(ResultSet rs) throws SQLException {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date", date(rs, "vote_date").toString());
        date.put("precision", precision(rs, "date_precision"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("vote", rs.getString("vote"));
        values.put("date", date);
        return values;
    }

    private static Map<String, Object> only(List<String> fields, Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        fields.forEach(field -> chosen.put(field, values.get(field)));
        return chosen;
    }

    private static List<InstrumentId> instruments(ResultSet rs) throws SQLException {
        return Arrays.stream((String[]) rs.getArray("instruments").getArray()).map(InstrumentId::of).toList();
    }
}
