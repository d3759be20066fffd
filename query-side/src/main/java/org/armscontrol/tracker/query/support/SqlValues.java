package org.armscontrol.tracker.query.support;

import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.Source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions between the domain's value types and the read models' columns. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static DatePrecision precision(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : DatePrecision.valueOf(value);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A source stored as {@code <prefix>citation} and {@code <prefix>url}; null when there is no citation. */
    public static Source source(ResultSet rs, String prefix) throws SQLException {
        String citation = rs.getString(prefix + "citation");
        return citation == null ? null : new Source(citation, rs.getString(prefix + "url"));
    }

    public static <E extends Enum<E>> E constant(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
