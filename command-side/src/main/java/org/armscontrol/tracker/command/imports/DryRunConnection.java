package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.eventstore.DryRunAppends;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

/**
 * The one database transaction of a dry run, bound to the thread as Spring's connection for the data source, so
 * that everything a command does on this thread (Axon's unit of work, the event store, idempotency keys, the hash
 * chain) runs in it, and all of it is rolled back at the end.
 * <p>
 * Axon's JDBC connection provider commits and rolls back the connection of a unit of work itself, not only through
 * Spring's transaction manager; joining an ordinary Spring transaction would therefore commit the dry run row by row.
 * Here the connection handed out ignores {@code commit()} and turns {@code rollback()} into a rollback to the
 * savepoint of the current row: a rejected row leaves nothing behind, an accepted one stays for the rows after it.
 * <p>
 * The events appended meanwhile take no global index from the event store's sequence, which no rollback gives
 * back ({@link DryRunAppends}): a dry run leaves no gap for the event processors to wait on.
 */
final class DryRunConnection implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final DryRunAppends appends;
    private Savepoint row;

    private DryRunConnection(DataSource dataSource, Connection connection, DryRunAppends appends) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.appends = appends;
    }

    static DryRunConnection open(DataSource dataSource) {
        Connection connection = null;
        DryRunAppends appends = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            appends = DryRunAppends.begin(connection);
            DryRunConnection dryRun = new DryRunConnection(dataSource, connection, appends);
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(dryRun.guarded()));
            return dryRun;
        } catch (SQLException | RuntimeException e) {
            if (appends != null) {
                appends.close();
            }
            if (connection != null) {
                try (Connection failed = connection) {
                    failed.rollback();
                    failed.setAutoCommit(true);
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new IllegalStateException("cannot open the transaction of a dry run", e);
        }
    }

    /** Runs the work of one row: kept for the next rows if it succeeds, undone if it throws. */
    <T> T row(Supplier<T> work) {
        try {
            row = connection.setSavepoint();
            try {
                return work.get();
            } catch (RuntimeException e) {
                connection.rollback(row);
                throw e;
            } finally {
                connection.releaseSavepoint(row);
                row = null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the transaction of a dry run failed", e);
        }
    }

    /** Rolls everything back and gives the connection back to the pool. */
    @Override
    public void close() {
        TransactionSynchronizationManager.unbindResource(dataSource);
        appends.close();
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back the transaction of a dry run", e);
        }
    }

    private Connection guarded() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> {
                    boolean noArguments = arguments == null || arguments.length == 0;
                    switch (method.getName()) {
                        case "commit", "close", "setAutoCommit" -> {
                            return null;
                        }
                        case "rollback" -> {
                            if (noArguments) {
                                if (row != null) {
                                    connection.rollback(row);
                                }
                                return null;
                            }
                        }
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
