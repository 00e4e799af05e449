package com.niasotac.it.support;

import com.niasotac.platform.persistence.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the tests' PostgreSQL cluster, for a test that must start from nothing without
 * disturbing the shared one (as BackupRestoreIT restores into one). Dropped by {@link #close}.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    private ScratchDatabase(String name) {
        String shared = System.getProperty("it.database.url");
        this.name = name;
        this.url = shared.substring(0, shared.lastIndexOf('/') + 1) + name;
    }

    /** A new, empty database named {@code prefix} plus a unique suffix. */
    public static ScratchDatabase create(String prefix) {
        ScratchDatabase database = new ScratchDatabase(prefix + "_" + System.nanoTime());
        try (Connection connection = TestDatabase.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }

    /** A {@code postgres://} URL, as DATABASE_URL takes it. */
    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        DatabaseUrl.parse(url).configure(dataSource);
        return dataSource.getConnection();
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(text(sql, parameters));
    }

    /** The first column of the first row as text (null for SQL NULL). */
    public String text(String sql, Object... parameters) {
        List<String> rows = column(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first column of every row, as text. */
    public List<String> column(String sql, Object... parameters) {
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = TestDatabase.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
