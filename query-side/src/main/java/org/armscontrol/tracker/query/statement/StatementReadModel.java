package org.armscontrol.tracker.query.statement;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.InstrumentStance;
import org.armscontrol.tracker.shared.query.StatementDetails;
import org.armscontrol.tracker.shared.query.StatementPage;
import org.armscontrol.tracker.shared.query.StatementSearchQuery;
import org.armscontrol.tracker.shared.query.StatementView;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Source;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;
import static org.armscontrol.tracker.query.support.SqlValues.instant;
import static org.armscontrol.tracker.query.support.SqlValues.precision;
import static org.armscontrol.tracker.query.support.SqlValues.source;

/** Reads of the statement read model: search, a country's stances at a date, and the timeline entries. */
@Component
public class StatementReadModel {

    /** The filters of a search; {@code %s} is the version known at the instant asked for. */
    private static final String FILTERS = """
             WHERE %s
               AND (CAST(:country AS text) IS NULL OR s.country = :country)
               AND (CAST(:instrument AS text) IS NULL OR CAST(:instrument AS text) = ANY (s.instruments))
               AND (CAST(:stance AS text) IS NULL OR s.stance = :stance)
               AND (CAST(:text AS text) IS NULL OR s.search @@ websearch_to_tsquery('english', :text))
               AND (CAST(:from AS date) IS NULL OR s.statement_date >= :from)
               AND (CAST(:to AS date) IS NULL OR s.statement_date <= :to)
               AND (:includeRetracted OR NOT s.retracted)""";

    private final NamedParameterJdbcTemplate jdbc;

    StatementReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StatementPage search(StatementSearchQuery query) {
        KnownAt known = KnownAt.of(query.knownAt());
        String filters = FILTERS.formatted(known.versionOf("s"));
        MapSqlParameterSource parameters = known.addTo(new MapSqlParameterSource())
                .addValue("country", query.country() == null ? null : query.country().value())
                .addValue("instrument", query.instrument() == null ? null : query.instrument().value())
                .addValue("stance", query.stance() == null ? null : query.stance().name())
                .addValue("text", query.text())
                .addValue("from", query.from())
                .addValue("to", query.to())
                .addValue("includeRetracted", query.includeRetracted())
                .addValue("limit", query.limit())
                .addValue("offset", query.offset());
        Long total = jdbc.queryForObject("SELECT count(*) FROM read_model.statements s " + filters, parameters,
                Long.class);
        List<StatementView> page = jdbc.query("SELECT * FROM read_model.statements s " + filters + " " + """
                 ORDER BY s.statement_date DESC, s.recorded_at DESC, s.statement_id
                 LIMIT :limit OFFSET :offset""", parameters, (rs, row) -> view(rs));
        return new StatementPage(total == null ? 0 : total, query.limit(), query.offset(), page);
    }

    /** The stance of the latest unretracted statement on each instrument, dated on or before {@code asOf}. */
    public List<InstrumentStance> stancesOf(CountryCode country, LocalDate asOf, KnownAt known) {
        return jdbc.query("""
                        SELECT DISTINCT ON (i.instrument) i.instrument, s.stance, s.statement_date, s.date_precision,
                               s.statement_id, s.forum, s.summary
                          FROM read_model.statements s CROSS JOIN LATERAL unnest(s.instruments) AS i (instrument)
                         WHERE s.country = :country AND %s AND NOT s.retracted AND s.statement_date <= :asOf
                         ORDER BY i.instrument, s.statement_date DESC, s.recorded_at DESC""".formatted(
                        known.versionOf("s")),
                known.addTo(new MapSqlParameterSource("country", country.value()).addValue("asOf", asOf)),
                (rs, row) -> new InstrumentStance(InstrumentId.of(rs.getString("instrument")),
                        constant(rs, "stance", Stance.class), date(rs, "statement_date"),
                        precision(rs, "date_precision"), new StatementId(rs.getObject("statement_id", UUID.class)),
                        rs.getString("forum"), rs.getString("summary")));
    }

    /** The country's statements dated within the bounds (null: open), each with its amendments and retraction. */
    public List<HistoryEntry> historyOf(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                        KnownAt known) {
        String filters = FILTERS.formatted(known.versionOf("s"));
        MapSqlParameterSource parameters = known.addTo(new MapSqlParameterSource("country", country.value()))
                .addValue("instrument", instrument == null ? null : instrument.value())
                .addValue("from", from)
                .addValue("to", to)
                .addValue("stance", null)
                .addValue("text", null)
                .addValue("includeRetracted", true);
        Map<UUID, List<HistoryChange>> changes = changesOf(parameters, filters, known);
        return jdbc.query("SELECT * FROM read_model.statements s " + filters, parameters, (rs, row) -> {
            StatementView view = view(rs);
            return new HistoryEntry(view.statementId().toString(), HistoryEntryKind.STATEMENT, view.instruments(),
                    view.date(), view.datePrecision(),
                    new StatementDetails(view.statementId(), view.forum(), view.location(), view.speaker(),
                            view.speakerRole(),
                            view.stance(), view.summary(), view.quote(), view.version(), view.retracted()),
                    view.source(), view.recordedAt(), view.recordedBy(),
                    changes.getOrDefault(view.statementId().value(), List.of()));
        });
    }

    /**
     * Amendments (with each changed field before and after) and retractions known at the instant, per statement of
     * the timeline, in order.
     */
    private Map<UUID, List<HistoryChange>> changesOf(MapSqlParameterSource parameters, String filters,
                                                     KnownAt known) {
        Map<UUID, List<HistoryChange>> changes = new LinkedHashMap<>();
        Map<UUID, Map<String, Object>> previousContent = new LinkedHashMap<>();
        jdbc.query("""
                SELECT v.* FROM read_model.statements v
                 WHERE %s AND v.statement_id IN (SELECT s.statement_id FROM read_model.statements s %s)
                 ORDER BY v.statement_id, v.version""".formatted(known.instant() == null ? "TRUE"
                : "v.known_from <= :knownAt", filters), parameters, rs -> {
            UUID id = rs.getObject("statement_id", UUID.class);
            String change = rs.getString("change");
            Map<String, Object> content = JsonColumns.read(rs.getString("content"));
            if (!"RECORDED".equals(change)) {
                changes.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(change(rs, change, previousContent.get(id), content));
            }
            previousContent.put(id, content);
        });
        return changes;
    }

    private static HistoryChange change(ResultSet rs, String change, Map<String, Object> before,
                                        Map<String, Object> after) throws SQLException {
        List<String> fields = Arrays.asList((String[]) rs.getArray("changed_fields").getArray());
        // An amendment's source is a field of the content: the change carries one only where it changed it.
        Source source = "RETRACTED".equals(change) ? source(rs, "change_source_")
                : fields.contains("source") ? source(rs, "source_") : null;
        return new HistoryChange("RETRACTED".equals(change) ? HistoryChangeKind.RETRACTED : HistoryChangeKind.AMENDED,
                fields, only(fields, before), only(fields, after), rs.getString("reason"), source,
                instant(rs, "known_from"), rs.getString("changed_by"));
    }

    private static Map<String, Object> only(List<String> fields, Map<String, Object> content) {
        if (content == null || fields.isEmpty()) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field, content.get(field)));
        return values;
    }

    private static StatementView view(ResultSet rs) throws SQLException {
        List<InstrumentId> instruments = Arrays.stream((String[]) rs.getArray("instruments").getArray())
                .map(InstrumentId::of).toList();
        return new StatementView(new StatementId(rs.getObject("statement_id", UUID.class)),
                CountryCode.of(rs.getString("country")), date(rs, "statement_date"), precision(rs, "date_precision"),
                rs.getString("forum"), rs.getString("location"), rs.getString("speaker"),
                rs.getString("speaker_role"), instruments,
                constant(rs, "stance", Stance.class), rs.getString("summary"), rs.getString("quote"),
                source(rs, "source_"), rs.getLong("version"), rs.getBoolean("retracted"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), instant(rs, "known_from"));
    }
}
