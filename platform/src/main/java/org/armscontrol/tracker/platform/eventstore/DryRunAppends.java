package org.armscontrol.tracker.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Appends of a dry run: events stored in a transaction that is always rolled back, which must not use up global
 * indexes. The identity sequence of {@code global_index} is not transactional: every value an insert draws from it
 * is gone, rolled back or not, and the event processors that follow the store then wait for each of these "gaps" to
 * be filled (see {@link EventStoreProperties#gapTimeoutMillis()}), carrying all of them in their tokens meanwhile.
 * <p>
 * While a dry run is in progress on a thread ({@link #begin(Connection)} until {@link #close()}), the events
 * appended on that thread take their global index from a temporary sequence of the dry run's own session instead,
 * counting down from below zero; every other append is Axon's, unchanged. Real global indexes are positive, so the
 * two never meet, and nothing of the dry run is committed. The sequence counts down in a range of its own for each
 * database session (from its backend process id): dry runs running at the same time never insert the same
 * global index, on which one would wait for the other's transaction to end.
 * <p>
 * The sequence exists only in the dry run's session, created in its transaction and dropped by its rollback: an
 * append that took the dry-run path on any other connection would fail rather than commit a negative index.
 */
public final class DryRunAppends implements AutoCloseable {

    /** Created without a schema, the sequence is in the session's temporary schema; asked for as such. */
    static final String SEQUENCE = "dry_run_global_index";
    /** Values per session: far more events than a dry run can append. */
    private static final long RANGE = 1L << 31;
    private static final ThreadLocal<DryRunAppends> CURRENT = new ThreadLocal<>();

    private final Thread thread;

    private DryRunAppends(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts the dry run of this thread, on the connection of its transaction, which must be rolled back at the
     * end; {@link #close()} ends it.
     *
     * @throws IllegalStateException when a dry run is already in progress on this thread
     */
    public static DryRunAppends begin(Connection connection) throws SQLException {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a dry run is already in progress on this thread");
        }
        try (Statement statement = connection.createStatement()) {
            long session;
            try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
                row.next();
                session = row.getLong(1);
            }
            // Session p counts down from -(p * RANGE) - 1 to -((p + 1) * RANGE): ranges of sessions never overlap.
            long first = -(session * RANGE) - 1;
            long last = -((session + 1) * RANGE);
            statement.execute("CREATE TEMPORARY SEQUENCE " + SEQUENCE + " INCREMENT BY -1 MINVALUE " + last
                    + " MAXVALUE " + first + " START WITH " + first + " NO CYCLE");
        }
        DryRunAppends dryRun = new DryRunAppends(Thread.currentThread());
        CURRENT.set(dryRun);
        return dryRun;
    }

    /** Whether the events appended on this thread are those of a dry run. */
    public static boolean inProgress() {
        return CURRENT.get() != null;
    }

    /** Ends the dry run of this thread (its transaction's rollback drops the sequence). */
    @Override
    public void close() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a dry run ends on the thread that began it");
        }
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /**
     * Axon's append statement (see {@code JdbcEventStorageEngineStatements.appendEvents}), the same columns bound the
     * same way, with the global index given from the dry run's sequence.
     */
    static PreparedStatement appendEvents(Connection connection, EventSchema schema, Class<?> dataType,
                                          List<? extends EventMessage<?>> events, Serializer serializer,
                                          TimestampWriter timestampWriter) throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + schema.globalIndexColumn() + ", "
                + schema.domainEventFields() + ") VALUES (nextval('pg_temp." + SEQUENCE + "'),?,?,?,?,?,?,?,?,?)";
        PreparedStatement statement = connection.prepareStatement(sql);
        for (EventMessage<?> eventMessage : events) {
            DomainEventMessage<?> event = asDomainEventMessage(eventMessage);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metaData.getData());
            statement.addBatch();
        }
        return statement;
    }

    /** As Axon stores an event published outside any aggregate: the only event of a stream named by its id. */
    private static <T> DomainEventMessage<T> asDomainEventMessage(EventMessage<T> event) {
        return event instanceof DomainEventMessage<T> domainEvent ? domainEvent
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
