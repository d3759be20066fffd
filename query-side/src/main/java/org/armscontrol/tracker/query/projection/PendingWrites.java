package org.armscontrol.tracker.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of one batch of events, sent as few JDBC batches as their order allows. The writes of one record must
 * run in the order they were made (a version closes the one before it); writes of different records touch different
 * rows and may run in any order. So the writes go in waves: the first write of every record, then the second of every
 * record, and so on; within a wave, all writes with the same SQL form one JDBC batch (one round trip, and one
 * multi-row INSERT with {@code reWriteBatchedInserts}).
 */
final class PendingWrites {

    private record Write(int wave, String sql, Object[] arguments) {
    }

    private final List<Write> writes = new ArrayList<>();
    private final Map<Object, Integer> writesPerRecord = new HashMap<>();

    void add(Object record, String sql, Object[] arguments) {
        int wave = writesPerRecord.merge(record, 1, Integer::sum) - 1;
        writes.add(new Write(wave, sql, arguments));
    }

    void flush(JdbcTemplate jdbc) {
        if (writes.isEmpty()) {
            return;
        }
        // Every write finds its rows by their record's key. A rebuild starts from empty tables, and a plan cached
        // then (a sequential scan of a near-empty table) would stay in use as they grow to millions of rows, making
        // the rebuild quadratic; planning each statement anew would cost more than the write itself.
        jdbc.execute("SET LOCAL enable_seqscan = off");
        Map<Integer, Map<String, List<Object[]>>> waves = new HashMap<>();
        int lastWave = -1;
        for (Write write : writes) {
            waves.computeIfAbsent(write.wave(), wave -> new LinkedHashMap<>())
                    .computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(write.arguments());
            lastWave = Math.max(lastWave, write.wave());
        }
        for (int wave = 0; wave <= lastWave; wave++) {
            waves.get(wave).forEach(jdbc::batchUpdate);
        }
        writes.clear();
        writesPerRecord.clear();
    }
}
