package org.armscontrol.tracker.platform.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.armscontrol.tracker.platform.eventstore.EventStoreAutoConfiguration.SCHEMA;

/**
 * Verifies the event log: every event's hash and link (see {@link ChainWalker}), then every checkpoint and the
 * heads it recorded (see {@link CheckpointAuditor}), stopping at the first break.
 * <p>
 * It reads in one read-only, repeatable-read transaction, so that events and checkpoints are seen as of one instant
 * while writers go on appending, and through server-side cursors ({@code fetchSize} rows at a time), so that memory
 * does not grow with the log.
 */
public class EventLogVerifier {

    private static final String EVENTS = "SELECT " + StoredEvent.COLUMNS + " FROM " + SCHEMA + ".events "
            + "ORDER BY aggregate_id, sequence_number";
    private static final String CHECKPOINTED_HEADS = """
            SELECT c.*,
                   h.aggregate_id, h.last_sequence, h.last_hash,
                   e.global_index, convert_from(e.metadata, 'UTF8')::jsonb ->> 'hash' AS hash_now,
                   (SELECT max(s.sequence_number) FROM %1$s.events s WHERE s.aggregate_id = h.aggregate_id)
                       AS stream_last_sequence
            FROM %1$s.integrity_checkpoints c
            LEFT JOIN %1$s.integrity_checkpoint_heads h ON h.checkpoint_id = c.id
            LEFT JOIN %1$s.events e ON e.aggregate_id = h.aggregate_id AND e.sequence_number = h.last_sequence
            ORDER BY c.id, h.%2$s""".formatted(SCHEMA, HeadsRoot.ORDER);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnlySnapshot;

    EventLogVerifier(DataSource dataSource, PlatformTransactionManager transactionManager, int fetchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(fetchSize);
        this.readOnlySnapshot = new TransactionTemplate(transactionManager);
        this.readOnlySnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnlySnapshot.setReadOnly(true);
    }

    public VerificationReport verify() {
        return readOnlySnapshot.execute(status -> {
            ChainWalker events = new ChainWalker();
            try (Stream<StoredEvent> rows = jdbc.queryForStream(EVENTS, (row, index) -> StoredEvent.read(row))) {
                Optional<IntegrityBreak> broken = firstBreak(rows.iterator(), events::check);
                if (broken.isPresent()) {
                    return VerificationReport.broken(events.intactEvents(), broken.get());
                }
            }
            CheckpointAuditor checkpoints = new CheckpointAuditor();
            try (Stream<CheckpointedHead> rows = jdbc.queryForStream(CHECKPOINTED_HEADS,
                    (row, index) -> checkpointedHead(row))) {
                Optional<IntegrityBreak> broken = firstBreak(rows.iterator(), checkpoints::check)
                        .or(checkpoints::finish);
                if (broken.isPresent()) {
                    return VerificationReport.broken(events.intactEvents(), broken.get());
                }
            }
            return VerificationReport.intact(events.intactEvents(), events.streams(), checkpoints.checkpoints());
        });
    }

    private static <T> Optional<IntegrityBreak> firstBreak(Iterator<T> rows, Function<T, Optional<IntegrityBreak>> check) {
        while (rows.hasNext()) {
            Optional<IntegrityBreak> broken = check.apply(rows.next());
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    private static CheckpointedHead checkpointedHead(ResultSet row) throws SQLException {
        Checkpoint checkpoint = Checkpoint.read(row);
        String aggregateId = row.getString("aggregate_id");
        StreamHead head = aggregateId == null ? null
                : new StreamHead(aggregateId, row.getLong("last_sequence"), row.getString("last_hash"));
        return new CheckpointedHead(checkpoint, head, row.getObject("global_index", Long.class),
                row.getString("hash_now"), row.getObject("stream_last_sequence", Long.class));
    }
}
