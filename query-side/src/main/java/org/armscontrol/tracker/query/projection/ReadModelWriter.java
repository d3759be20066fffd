package org.armscontrol.tracker.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The projections' only way to change the read models. Inside a batch of events (one unit of work, one transaction)
 * the writes are collected and sent when the batch commits, many statements per round trip (see
 * {@link PendingWrites}); outside one they run at once. Handlers therefore must not read back what they wrote in
 * the same batch, except through an SQL statement that is itself a write (INSERT ... SELECT), which runs after the
 * earlier writes of the same record.
 * <p>
 * Writes find "the current version" of a record with {@code coalesce(known_until, 'infinity') = 'infinity'} rather
 * than {@code known_until IS NULL}: the latter matches the predicate of the partial indexes the reads use, and the
 * planner, misled by a table that a rebuild has just emptied, combines those (scanning every current row) with the
 * primary key, which makes a rebuild quadratic. The coalesce form leaves it the primary key alone.
 */
@Component
public class ReadModelWriter {

    private static final String RESOURCE = ReadModelWriter.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} with {@code arguments} for the record of the event being handled, in that record's order. */
    public void update(String sql, Object... arguments) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, arguments);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        UnitOfWork<?> root = unitOfWork.root();
        PendingWrites pending = root.getOrComputeResource(RESOURCE, key -> {
            PendingWrites writes = new PendingWrites();
            root.onPrepareCommit(committing -> writes.flush(jdbc));
            return writes;
        });
        pending.add(recordOf(unitOfWork.getMessage()), sql, arguments);
    }

    private static Object recordOf(Message<?> message) {
        // Every event of the tracker comes from a record (an aggregate); anything else keeps its own place.
        return message instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : new Object();
    }
}
