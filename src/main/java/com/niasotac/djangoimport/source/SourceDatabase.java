package com.niasotac.djangoimport.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;

/**
 * The Django database, read from one consistent snapshot while the old site keeps running: PostgreSQL through a
 * read-only repeatable-read transaction, SQLite from a copy made by SQLite's online backup (so the live file is
 * locked only for the copy, never for the whole import). Rows are streamed, never loaded all at once.
 */
public final class SourceDatabase implements AutoCloseable {

    /** Rows fetched per round trip from PostgreSQL (SQLite steps through its file anyway). */
    private static final int FETCH_SIZE = 500;

    private final Connection connection;
    private final Dialect dialect;
    private final Generation generation;
    private final Path snapshot;

    private SourceDatabase(Connection connection, Dialect dialect, Path snapshot) throws SourceException {
        this.connection = connection;
        this.dialect = dialect;
        this.snapshot = snapshot;
        this.generation = Generation.detect(connection);
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(SourceRow row) throws SQLException;
    }

    public static SourceDatabase open(SourceUrl url) throws SourceException {
        if (url instanceof SourceUrl.Sqlite sqlite) {
            return openSqlite(sqlite.file());
        }
        return openPostgres((SourceUrl.Postgres) url);
    }

    private static SourceDatabase openSqlite(Path file) throws SourceException {
        if (!Files.exists(file)) {
            throw new SourceException("--source: there is no file " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SourceException("--source: " + file + " cannot be read (a directory, or no permission)");
        }
        Path copy;
        try {
            copy = Files.createTempFile("niasotac-django-import-", ".sqlite3");
        } catch (IOException e) {
            throw new SourceException("cannot create a temporary copy of the source: " + e.getMessage(), e);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try {
            try (Connection live = readOnly.createConnection("jdbc:sqlite:" + file);
                    Statement statement = live.createStatement()) {
                statement.executeUpdate("backup to \"" + copy + "\"");
            }
            return new SourceDatabase(readOnly.createConnection("jdbc:sqlite:" + copy), Dialect.SQLITE, copy);
        } catch (SQLException e) {
            deleteQuietly(copy);
            throw new SourceException(
                    "--source: " + file + " is not a readable SQLite database (" + e.getMessage() + ")", e);
        } catch (SourceException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static SourceDatabase openPostgres(SourceUrl.Postgres url) throws SourceException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        url.url().configure(dataSource);
        dataSource.setApplicationName("niasotac-django-import");
        Connection connection;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            throw new SourceException(postgresProblem(url, e), e);
        }
        try {
            return new SourceDatabase(connection, Dialect.POSTGRES, null);
        } catch (SourceException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static String postgresProblem(SourceUrl.Postgres url, SQLException e) {
        String state = Objects.requireNonNullElse(e.getSQLState(), "");
        String where = url.describe();
        if (state.equals("28P01") || state.equals("28000")) {
            return "The source database refused the user name or password of " + where;
        }
        if (state.equals("3D000")) {
            return "The source database named in " + where + " does not exist";
        }
        if (state.startsWith("08")) {
            return "Cannot connect to the source database " + where + " (" + e.getMessage() + ")";
        }
        return "Cannot open the source database " + where + " (" + e.getMessage() + ")";
    }

    public Dialect dialect() {
        return dialect;
    }

    public Generation generation() {
        return generation;
    }

    /** Streams the rows of {@code sql} to {@code handler}, in the query's order. */
    public void forEach(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                SourceRow row = new SourceRow(rows, dialect);
                while (rows.next()) {
                    handler.handle(row);
                }
            }
        }
    }

    /** Ascending ids, read one at a time (the importer merges them with its mapping to find deleted rows). */
    public final class Ids implements AutoCloseable {

        private final PreparedStatement statement;
        private final ResultSet rows;

        private Ids(String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE * 10);
            rows = statement.executeQuery();
        }

        /** The next id, or empty at the end. */
        public java.util.OptionalLong next() throws SQLException {
            return rows.next() ? java.util.OptionalLong.of(rows.getLong(1)) : java.util.OptionalLong.empty();
        }

        @Override
        public void close() throws SQLException {
            try (statement) {
                rows.close();
            }
        }
    }

    public Ids ids(String sql) throws SQLException {
        return new Ids(sql);
    }

    public long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM (" + sql + ") q");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs {@code sql} for no rows: a source without the tables and columns it reads fails here, before any write. */
    public void probe(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM (" + sql + ") q WHERE 1 = 0");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (snapshot != null) {
            deleteQuietly(snapshot);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // a read-only source: nothing to lose
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary copy; the system's tmp cleaning gets it
        }
    }
}
