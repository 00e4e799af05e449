package com.niasotac.it.support;

import com.niasotac.auth.service.PasswordHasher;
import com.niasotac.platform.persistence.DatabaseUrl;
import com.niasotac.platform.persistence.Migrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/** Direct access to the tests' PostgreSQL: fixtures, and stopping or starting the server itself. */
public final class TestDatabase {

    public static final String PASSWORD = "correct-horse-battery-staple";
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD_HASH = HASHER.hash(PASSWORD);

    private TestDatabase() {}

    public record User(long id, String username, String password) {}

    /** A new user with a unique name and {@link #PASSWORD}. */
    public static User createUser(String prefix, String role, boolean active) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO app_user (username, password_hash, role, is_active) VALUES (?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, username);
            insert.setString(2, PASSWORD_HASH);
            insert.setString(3, role);
            insert.setBoolean(4, active);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new User(rows.getLong(1), username, PASSWORD);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text (null when there is none or it is NULL). */
    public static String text(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One INSERT, UPDATE or DELETE in its own committed transaction, as psql runs it; the rows it wrote. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One INSERT, UPDATE or DELETE on {@code connection}, in its transaction if it has one; the rows it wrote. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Stops PostgreSQL, keeping its data: an outage. */
    public static void stopServer() {
        script("pause");
    }

    public static void startServer() {
        script("resume");
    }

    private static void script(String command) {
        Scripts.run(System.getProperty("it.postgres.script"), command, System.getProperty("it.postgres.dir"));
    }

    /** The schema the application's migrations make: a no-op once a deployment (or a command) has run them. */
    public static void migrate() {
        Migrations.flyway(dataSource()).migrate();
    }

    public static Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        DatabaseUrl.parse(System.getProperty("it.database.url")).configure(dataSource);
        return dataSource;
    }
}
