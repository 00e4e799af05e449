package com.niasotac.djangoimport.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

/** Parameterised statements on the target, with the importer's value types bound the way PostgreSQL wants them. */
final class Sql {

    private Sql() {}

    /** An INSERT … RETURNING id. */
    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row, as text. */
    static Optional<String> text(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    /** {@code values} followed by {@code more} (an UPDATE's values, then its WHERE id). */
    static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bindable(connection, parameters[i]));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static Object bindable(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof TextArray texts) {
            return connection.createArrayOf("text", texts.values().toArray());
        }
        if (value instanceof IdArray ids) {
            return connection.createArrayOf("bigint", ids.values().toArray());
        }
        return value;
    }

    /** A {@code text[]} parameter. */
    record TextArray(Collection<String> values) {}

    /** A {@code bigint[]} parameter. */
    record IdArray(Collection<Long> values) {}
}
