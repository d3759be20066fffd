package org.armscontrol.tracker.query.stockpile;

import org.armscontrol.tracker.query.support.JsonColumns;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.shared.query.HistoryChange;
import org.armscontrol.tracker.shared.query.HistoryChangeKind;
import org.armscontrol.tracker.shared.query.HistoryEntry;
import org.armscontrol.tracker.shared.query.HistoryEntryKind;
import org.armscontrol.tracker.shared.query.StockpileDeclarationDetails;
import org.armscontrol.tracker.shared.query.StockpileDestructionDetails;
import org.armscontrol.tracker.shared.query.StockpileSummary;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.InstrumentId;
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
import java.util.stream.Stream;

import static org.armscontrol.tracker.query.support.SqlValues.constant;
import static org.armscontrol.tracker.query.support.SqlValues.date;
import static org.armscontrol.tracker.query.support.SqlValues.instant;
import static org.armscontrol.tracker.query.support.SqlValues.nullableLong;
import static org.armscontrol.tracker.query.support.SqlValues.precision;
import static org.armscontrol.tracker.query.support.SqlValues.source;

/**
 * Reads of the stockpile read model. A stockpile "as of" a date is its latest declaration by then, less what was
 * reported destroyed after that declaration and by that date.
 */
@Component
public class StockpileReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    StockpileReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StockpileSummary> summariesOf(CountryCode country, LocalDate asOf, KnownAt known) {
        return jdbc.query("""
                        SELECT d.*, x.destroyed, x.unknown_quantities, x.completed, x.last_report
                          FROM (SELECT DISTINCT ON (stockpile_id) *
                                  FROM read_model.stockpile_declarations v
                                 WHERE country = :country AND declared_date <= :asOf AND %s
                                 ORDER BY stockpile_id, declared_date DESC, sequence_number DESC) d
                          LEFT JOIN LATERAL (
                                SELECT coalesce(sum(quantity_destroyed), 0) AS destroyed,
                                       count(*) FILTER (WHERE quantity_destroyed IS NULL) AS unknown_quantities,
                                       coalesce(bool_or(completed), FALSE) AS completed,
                                       max(destroyed_date) AS last_report
                                  FROM read_model.stockpile_destructions s
                                 WHERE s.stockpile_id = d.stockpile_id AND s.declaration_sequence = d.sequence_number
                                   AND s.destroyed_date <= :asOf AND %s) x ON TRUE
                         ORDER BY d.weapon_system""".formatted(known.versionOf("v"), known.recorded("s")),
                known.addTo(new MapSqlParameterSource("country", country.value()).addValue("asOf", asOf)),
                (rs, row) -> summary(rs));
    }

    private static StockpileSummary summary(ResultSet rs) throws SQLException {
        Long declared = nullableLong(rs, "quantity");
        boolean completed = rs.getBoolean("completed");
        Long destroyed = rs.getLong("unknown_quantities") > 0 ? null : rs.getLong("destroyed");
        Long remaining = completed ? Long.valueOf(0)
                : declared == null || destroyed == null ? null : declared - destroyed;
        StockpileStatus status = completed ? StockpileStatus.DESTROYED
                : constant(rs, "status", StockpileStatus.class);
        LocalDate declaredOn = date(rs, "declared_date");
        LocalDate lastReport = date(rs, "last_report");
        return new StockpileSummary(rs.getString("stockpile_id"), rs.getString("weapon_system"),
                constant(rs, "category", MunitionCategory.class), status, declared, destroyed, remaining,
                rs.getString("origin"), declaredOn, precision(rs, "date_precision"),
                lastReport != null && lastReport.isAfter(declaredOn) ? lastReport : declaredOn, rs.getString("note"));
    }

    /**
     * The country's declarations (with their revisions) and destruction reports dated within the bounds (null:
     * open); with an instrument, only stockpiles of weapons that instrument concerns.
     */
    public List<HistoryEntry> historyOf(CountryCode country, InstrumentId instrument, LocalDate from, LocalDate to,
                                        KnownAt known) {
        String[] categories = categoriesConcerning(instrument);
        if (categories != null && categories.length == 0) {
            return List.of();
        }
        MapSqlParameterSource parameters = known.addTo(new MapSqlParameterSource("country", country.value()))
                .addValue("from", from)
                .addValue("to", to)
                .addValue("filtered", categories != null)
                .addValue("categories", categories == null ? List.of("") : Arrays.asList(categories));
        Map<String, List<HistoryChange>> revisions = revisionsOf(parameters, known);
        List<HistoryEntry> declarations = jdbc.query("""
                        SELECT * FROM read_model.stockpile_declarations d
                         WHERE country = :country AND %s AND (NOT :filtered OR category IN (:categories))
                           AND (CAST(:from AS date) IS NULL OR declared_date >= :from)
                           AND (CAST(:to AS date) IS NULL OR declared_date <= :to)""".formatted(known.versionOf("d")),
                parameters, (rs, row) -> declaration(rs, revisions));
        List<HistoryEntry> destructions = jdbc.query("""
                        SELECT s.*, d.category FROM read_model.stockpile_destructions s
                          JOIN read_model.stockpile_declarations d
                            ON d.stockpile_id = s.stockpile_id AND d.sequence_number = s.declaration_sequence AND %s
                         WHERE s.country = :country AND %s AND (NOT :filtered OR d.category IN (:categories))
                           AND (CAST(:from AS date) IS NULL OR s.destroyed_date >= :from)
                           AND (CAST(:to AS date) IS NULL OR s.destroyed_date <= :to)""".formatted(
                        known.versionOf("d"), known.recorded("s")),
                parameters, (rs, row) -> destruction(rs));
        return Stream.concat(declarations.stream(), destructions.stream()).toList();
    }

    private static String[] categoriesConcerning(InstrumentId instrument) {
        if (instrument == null) {
            return null;
        }
        return Arrays.stream(MunitionCategory.values())
                .filter(category -> category.instruments().contains(instrument))
                .map(Enum::name)
                .toArray(String[]::new);
    }

    private Map<String, List<HistoryChange>> revisionsOf(MapSqlParameterSource parameters, KnownAt known) {
        Map<String, List<HistoryChange>> byDeclaration = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT * FROM read_model.stockpile_revisions r WHERE country = :country AND %s
                         ORDER BY stockpile_id, sequence_number""".formatted(known.recorded("r")),
                parameters, rs -> {
                    String key = rs.getString("stockpile_id") + "#" + rs.getLong("declaration_sequence");
                    List<String> fields = Arrays.asList((String[]) rs.getArray("changed_fields").getArray());
                    Map<String, Object> previous = JsonColumns.read(rs.getString("previous"));
                    Map<String, Object> revised = JsonColumns.read(rs.getString("revised"));
                    byDeclaration.computeIfAbsent(key, k -> new ArrayList<>()).add(new HistoryChange(
                            HistoryChangeKind.REVISED, fields, only(fields, previous), only(fields, revised),
                            rs.getString("reason"), sourceGiven(fields, revised), instant(rs, "recorded_at"),
                            rs.getString("recorded_by")));
                });
        return byDeclaration;
    }

    /** A revision carries the whole declaration: its source is the revision's own only where it changed it. */
    private static Source sourceGiven(List<String> fields, Map<String, Object> revised) {
        if (!fields.contains("source") || !(revised.get("source") instanceof Map<?, ?> source)) {
            return null;
        }
        return new Source((String) source.get("citation"), (String) source.get("url"));
    }

    private static Map<String, Object> only(List<String> fields, Map<String, Object> declaration) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field, declaration.get(field)));
        return values;
    }

    private static HistoryEntry declaration(ResultSet rs, Map<String, List<HistoryChange>> revisions)
            throws SQLException {
        String stockpile = rs.getString("stockpile_id");
        long sequence = rs.getLong("sequence_number");
        MunitionCategory category = constant(rs, "category", MunitionCategory.class);
        return new HistoryEntry(stockpile + "#" + sequence, HistoryEntryKind.STOCKPILE_DECLARATION,
                category.instruments(), date(rs, "declared_date"), precision(rs, "date_precision"),
                new StockpileDeclarationDetails(stockpile, rs.getString("weapon_system"), category,
                        nullableLong(rs, "quantity"), constant(rs, "status", StockpileStatus.class),
                        rs.getString("origin"), rs.getString("note")),
                source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                revisions.getOrDefault(stockpile + "#" + sequence, List.of()));
    }

    private static HistoryEntry destruction(ResultSet rs) throws SQLException {
        String stockpile = rs.getString("stockpile_id");
        MunitionCategory category = constant(rs, "category", MunitionCategory.class);
        return new HistoryEntry(stockpile + "#" + rs.getLong("sequence_number"),
                HistoryEntryKind.STOCKPILE_DESTRUCTION, category.instruments(), date(rs, "destroyed_date"),
                precision(rs, "date_precision"),
                new StockpileDestructionDetails(stockpile, rs.getString("weapon_system"),
                        nullableLong(rs, "quantity_destroyed"), rs.getBoolean("completed"), rs.getString("note")),
                source(rs, "source_"), instant(rs, "recorded_at"), rs.getString("recorded_by"), List.of());
    }
}
