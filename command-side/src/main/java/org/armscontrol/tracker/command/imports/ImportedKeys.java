package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.idempotency.IdempotencyInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The record an import row's key wrote before, if it was imported: importing the file again must answer
 * ALREADY_IMPORTED for such a row, not PROBABLE_DUPLICATE (of the statement it wrote itself).
 */
@Component
class ImportedKeys {

    private final JdbcTemplate jdbc;

    ImportedKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> recordOf(String idempotencyKey) {
        return jdbc.query("""
                        SELECT aggregate_id FROM command_side.idempotency_keys
                         WHERE scope = ? AND idempotency_key = ? AND aggregate_id IS NOT NULL""",
                (rs, row) -> rs.getString(1), IdempotencyInterceptor.IMPORT, idempotencyKey).stream().findFirst();
    }
}
