package org.armscontrol.tracker.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Axon's JDBC storage engine, storing the recorded instant as {@code timestamptz} rather than text, so that
 * auditors can ask PostgreSQL "what was recorded this week" with ordinary date arithmetic; and the events of a dry
 * run appended without using up global indexes ({@link DryRunAppends}).
 */
public class PostgresEventStorageEngine extends JdbcEventStorageEngine {

    public PostgresEventStorageEngine(Builder builder) {
        super(builder.createTokenAt((connection, schema, dateTime) -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT min(" + schema.globalIndexColumn() + ") - 1 FROM " + schema.domainEventTable()
                            + " WHERE " + schema.timestampColumn() + " >= ?");
            statement.setObject(1, OffsetDateTime.ofInstant(dateTime, ZoneOffset.UTC));
            return statement;
        }).appendEvents(PostgresEventStorageEngine::appendEvents));
    }

    private static PreparedStatement appendEvents(Connection connection, EventSchema schema, Class<?> dataType,
                                                  List<? extends EventMessage<?>> events, Serializer serializer,
                                                  TimestampWriter timestampWriter) throws SQLException {
        return DryRunAppends.inProgress()
                ? DryRunAppends.appendEvents(connection, schema, dataType, events, serializer, timestampWriter)
                : JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                timestampWriter);
    }

    @Override
    protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp) throws SQLException {
        statement.setObject(position, OffsetDateTime.ofInstant(timestamp, ZoneOffset.UTC));
    }

    @Override
    protected Object readTimeStamp(ResultSet resultSet, String columnName) throws SQLException {
        return resultSet.getObject(columnName, OffsetDateTime.class).toInstant();
    }
}
