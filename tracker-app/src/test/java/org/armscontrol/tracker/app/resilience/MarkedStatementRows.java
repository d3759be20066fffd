package org.armscontrol.tracker.app.resilience;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * An import file of statements of Belarus, one a day, each with a marker of its row in its summary ("lease row #12
 * summary"), and the count of events that carry each marker: how the crash and shutdown tests tell that no row was
 * written twice.
 */
record MarkedStatementRows(String marker, int rows) {

    private static final String HEADER = "key,kind,country,instrument,action,date,datePrecision,effectiveDate,note,"
            + "instruments,forum,location,speaker,speakerRole,stance,summary,quote,weaponSystem,category,quantity,"
            + "status,origin,sourceCitation,sourceUrl,resolution,title,vote";

    /** The CSV file, its rows keyed {@code <marker>-<row>}. */
    String csv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        LocalDate date = LocalDate.of(2000, 1, 1);
        for (int row = 0; row < rows; row++) {
            csv.append(marker).append('-').append(row).append(",statement,BLR,,,").append(date.plusDays(row))
                    .append(",,,,CCW,CCW Meeting of High Contracting Parties,Geneva,,,CONDITIONAL,")
                    .append(marker).append(" row #").append(row).append(" summary,,,,,,,Import test source,,,,\n");
        }
        return csv.toString();
    }

    /** How many events carry each row's marker, by row. */
    Map<Integer, Long> eventsByRow(JdbcTemplate jdbc) {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.query("""
                        SELECT (regexp_match(payload::text, ? || ' row #([0-9]+) '))[1]::int AS row, count(*) AS events
                          FROM event_store.event_log
                         WHERE payload::text LIKE '%' || ? || ' row #%'
                         GROUP BY 1""",
                rs -> {
                    counts.put(rs.getInt("row"), rs.getLong("events"));
                }, marker, marker);
        return counts;
    }
}
