package org.armscontrol.tracker.platform.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

import static org.armscontrol.tracker.platform.eventstore.EventStoreAutoConfiguration.SCHEMA;

/**
 * Takes checkpoints of the heads of the event streams, so that a stream deleted whole, or cut short, is detected
 * (the hash chain inside a stream cannot show that).
 * <p>
 * A checkpoint records the head (last sequence number and its hash) of every stream whose head is not already
 * recorded by an earlier checkpoint: the first one records every stream, later ones what changed. Verification
 * checks every recorded head, so each stream stays covered by the checkpoint that last recorded it, and the
 * table grows with the changes rather than with streams times checkpoints.
 * <p>
 * Checkpoints are taken one at a time (a lock on the checkpoint table; appends are not blocked) in a
 * repeatable-read transaction, so that the heads, the counts and the link to the previous checkpoint describe one
 * instant even while events are being appended.
 */
public class IntegrityCheckpoints {

    private static final String LOCK = "LOCK TABLE " + SCHEMA + ".integrity_checkpoints IN SHARE ROW EXCLUSIVE MODE";
    private static final String LATEST = "SELECT * FROM " + SCHEMA + ".integrity_checkpoints ORDER BY id DESC LIMIT 1";
    private static final String BY_ID = "SELECT * FROM " + SCHEMA + ".integrity_checkpoints WHERE id = ?";
    private static final String RECORD_CHANGED_HEADS = """
            INSERT INTO %1$s.integrity_checkpoint_heads (checkpoint_id, aggregate_id, last_sequence, last_hash)
            SELECT ?, e.aggregate_id, e.sequence_number, convert_from(e.metadata, 'UTF8')::jsonb ->> 'hash'
            FROM (SELECT aggregate_id, max(sequence_number) AS last_sequence
                  FROM %1$s.events GROUP BY aggregate_id) head
            JOIN %1$s.events e ON e.aggregate_id = head.aggregate_id AND e.sequence_number = head.last_sequence
            WHERE NOT EXISTS (SELECT 1 FROM %1$s.integrity_checkpoint_heads recorded
                              WHERE recorded.aggregate_id = head.aggregate_id
                                AND recorded.last_sequence = head.last_sequence)""".formatted(SCHEMA);
    private static final String TOTALS = "SELECT coalesce(max(global_index), 0) AS head_global_index, "
            + "count(*) AS events, count(DISTINCT aggregate_id) AS streams FROM " + SCHEMA + ".events";
    private static final String HEADS_OF = "SELECT aggregate_id, last_sequence, last_hash FROM " + SCHEMA
            + ".integrity_checkpoint_heads WHERE checkpoint_id = ? ORDER BY " + HeadsRoot.ORDER;
    private static final String INSERT = "INSERT INTO " + SCHEMA + ".integrity_checkpoints (id, taken_at, "
            + "head_global_index, events, streams, root_hash, previous_checkpoint_hash, checkpoint_hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    IntegrityCheckpoints(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
                         int fetchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(fetchSize);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    /** Takes a checkpoint now, even when no stream changed since the last one (it still attests "nothing changed"). */
    public Checkpoint take() {
        return take(false).orElseThrow();
    }

    /** Takes a checkpoint if some stream's head changed since the last one; empty otherwise. */
    public Optional<Checkpoint> takeIfChanged() {
        return take(true);
    }

    public Optional<Checkpoint> find(long id) {
        return jdbc.query(BY_ID, (row, index) -> Checkpoint.read(row), id).stream().findFirst();
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query(LATEST, (row, index) -> Checkpoint.read(row)).stream().findFirst();
    }

    private Optional<Checkpoint> take(boolean onlyIfChanged) {
        return snapshot.execute(status -> {
            // Before any query: the transaction's snapshot is then taken once the previous checkpoint is committed.
            jdbc.execute(LOCK);
            Optional<Checkpoint> previous = latest();
            long id = previous.map(checkpoint -> checkpoint.id() + 1).orElse(1L);
            int recordedHeads = jdbc.update(RECORD_CHANGED_HEADS, id);
            if (recordedHeads == 0 && onlyIfChanged) {
                status.setRollbackOnly();
                return Optional.empty();
            }
            Totals totals = jdbc.queryForObject(TOTALS, (row, index) -> new Totals(row.getLong("head_global_index"),
                    row.getLong("events"), row.getLong("streams")));
            Checkpoint checkpoint = Checkpoint.seal(id, clock.instant(), totals.headGlobalIndex(), totals.events(),
                    totals.streams(), rootOf(id),
                    previous.map(Checkpoint::checkpointHash).orElse(EventHash.GENESIS));
            jdbc.update(INSERT, checkpoint.id(), OffsetDateTime.ofInstant(checkpoint.takenAt(), ZoneOffset.UTC),
                    checkpoint.headGlobalIndex(), checkpoint.events(), checkpoint.streams(), checkpoint.rootHash(),
                    checkpoint.previousCheckpointHash(), checkpoint.checkpointHash());
            return Optional.of(checkpoint);
        });
    }

    /** The root hash of the heads just recorded, read back in the order verification will read them. */
    private String rootOf(long id) {
        HeadsRoot root = new HeadsRoot();
        try (Stream<StreamHead> heads = jdbc.queryForStream(HEADS_OF, (row, index) -> new StreamHead(
                row.getString("aggregate_id"), row.getLong("last_sequence"), row.getString("last_hash")), id)) {
            heads.forEach(root::add);
        }
        return root.hex();
    }

    private record Totals(long headGlobalIndex, long events, long streams) {
    }
}
