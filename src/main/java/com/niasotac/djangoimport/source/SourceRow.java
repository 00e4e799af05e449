package com.niasotac.djangoimport.source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Typed reads of one Django row, the same for SQLite and PostgreSQL. */
public final class SourceRow {

    private final ResultSet rows;
    private final Dialect dialect;

    SourceRow(ResultSet rows, Dialect dialect) {
        this.rows = rows;
        this.dialect = dialect;
    }

    public long id(String column) throws SQLException {
        return rows.getLong(column);
    }

    public Long longOrNull(String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    public boolean bool(String column) throws SQLException {
        return rows.getBoolean(column);
    }

    /** The text as Django stored it ({@code ""} for a blank field, never null). */
    public String text(String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? "" : value;
    }

    /** The text, or null when Django stored NULL or a blank string (this application's "not set"). */
    public String textOrNull(String column) throws SQLException {
        String value = rows.getString(column);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A DecimalField, exact: SQLite keeps some as REAL, so the value goes through the text SQLite prints for it
     * (15 significant digits, "12500.5"), never through double arithmetic, then to Django's two decimals.
     */
    public BigDecimal decimal(String column) throws SQLException {
        String value = rows.getString(column);
        return value == null || value.isBlank()
                ? null
                : new BigDecimal(value.strip()).setScale(2, RoundingMode.HALF_UP);
    }

    public Instant instant(String column) throws SQLException {
        return dialect.instant(rows, column);
    }

    /** Ids aggregated by {@link Dialect#listOfIds}, in ascending order. */
    public List<Long> ids(String column) throws SQLException {
        String value = rows.getString(column);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .map(Long::valueOf)
                .sorted()
                .distinct()
                .toList();
    }
}
