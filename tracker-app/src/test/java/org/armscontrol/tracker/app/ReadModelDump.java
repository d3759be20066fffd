package org.armscontrol.tracker.app;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every read-model table as JSON rows in key order, so that two builds of the read models compare row by row. */
public final class ReadModelDump {

    private static final Map<String, String> TABLES = Map.of(
            "treaty_actions", "participation_id, sequence_number, version_sequence",
            "treaty_action_corrections", "participation_id, sequence_number",
            "statements", "statement_id, version",
            "stockpile_declarations", "stockpile_id, sequence_number, version_sequence",
            "stockpile_destructions", "stockpile_id, sequence_number",
            "stockpile_revisions", "stockpile_id, sequence_number",
            "votes", "vote_id, version",
            "reservations", "participation_id, sequence_number",
            "reservation_withdrawals", "participation_id, sequence_number",
            "reservation_voids", "participation_id, sequence_number");

    private ReadModelDump() {
    }

    public static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        TABLES.forEach((table, key) -> dump.put(table, jdbc.queryForList(
                "SELECT to_jsonb(t)::text FROM read_model." + table + " t ORDER BY " + key, String.class)));
        return dump;
    }
}
