package com.niasotac.auth.cli;

import com.niasotac.auth.domain.PasswordPolicy;
import com.niasotac.auth.service.PasswordHasher;
import com.niasotac.platform.config.EnvironmentSource;
import com.niasotac.platform.config.SettingsValidator;
import com.niasotac.platform.persistence.DatabaseUrl;
import com.niasotac.platform.persistence.Migrations;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates an administrator in the database named by {@code DATABASE_URL} (migrating the schema first), the
 * way Django's {@code createsuperuser} does. The password comes from standard input or an interactive
 * prompt, never from the command line where {@code ps} would show it. Wrapped by {@code server-config/create-admin.sh}.
 */
@Command(
        name = "create-admin",
        mixinStandardHelpOptions = true,
        description = "Creates an admin account (or resets an existing account's password with --reset).")
public final class CreateAdminCommand implements Callable<Integer> {

    @Option(names = "--username", required = true, description = "The admin's username.")
    String username;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Option(names = "--reset", description = "If the user exists, set this password, make it an active admin.")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        String rawUrl = EnvironmentSource.ofProcess()
                .get(SettingsValidator.DATABASE_URL)
                .orElse(null);
        if (rawUrl == null) {
            System.err.println("DATABASE_URL is not set (postgres://user:password@host:port/database)");
            return 2;
        }
        String password = readPassword();
        var problem = PasswordPolicy.problem(password, username);
        if (problem.isPresent()) {
            System.err.println("password " + problem.get());
            return 2;
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        DatabaseUrl.parse(rawUrl).configure(dataSource);
        Migrations.flyway(dataSource).migrate();
        String hash = new PasswordHasher().hash(password);
        try (Connection connection = dataSource.getConnection()) {
            return save(connection, hash);
        }
    }

    private int save(Connection connection, String hash) throws SQLException {
        Long existing = findId(connection);
        if (existing == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, 'admin')")) {
                insert.setString(1, username);
                insert.setString(2, hash);
                insert.executeUpdate();
            }
            System.out.println("Admin '" + username + "' created.");
            return 0;
        }
        if (!reset) {
            System.err.println("User '" + username
                    + "' already exists; use --reset to set its password and make it an active admin.");
            return 1;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE app_user SET password_hash = ?, role = 'admin', is_active = true, updated_at = now() WHERE id = ?")) {
            update.setString(1, hash);
            update.setLong(2, existing);
            update.executeUpdate();
        }
        try (PreparedStatement revoke = connection.prepareStatement(
                "UPDATE refresh_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")) {
            revoke.setLong(1, existing);
            revoke.executeUpdate();
        }
        System.out.println("Admin '" + username + "' reset.");
        return 0;
    }

    private Long findId(Connection connection) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("SELECT id FROM app_user WHERE lower(username) = lower(?)")) {
            find.setString(1, username);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private String readPassword() throws IOException {
        Console console = System.console();
        if (!passwordFromStdin && console != null) {
            char[] first = console.readPassword("Password for %s: ", username);
            char[] second = console.readPassword("Password again: ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                throw new CommandLine.ParameterException(new CommandLine(this), "the two passwords differ");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CreateAdminCommand()).execute(args));
    }
}
