package com.niasotac.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup runbook, run for real: server-config/backup.sh dumps the tests' database (migrated, with rows of this
 * test's own besides whatever other classes left), restore.sh loads the dump into a new database, and every table
 * has the same rows.
 */
class BackupRestoreIT {

    static final String SOURCE_URL = System.getProperty("it.database.url");

    @TempDir
    Path directory;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHasTheSameRowsInEveryTable() throws Exception {
        String restoredName = "niasotac_restore_" + System.nanoTime();
        String restoredUrl = SOURCE_URL.substring(0, SOURCE_URL.lastIndexOf('/') + 1) + restoredName;
        Path dump = directory.resolve("niasotac.dump");
        TestDatabase.migrate(); // when this class runs first, no deployment has made the schema yet
        TestCatalog.Category category = TestCatalog.category("Sauvegarde");
        TestCatalog.products(category, 3);
        try (Connection source = TestDatabase.connection()) {
            Map<String, Long> before = rowCounts(source);
            assertThat(run("backup.sh", SOURCE_URL, dump.toString())).contains("backup: niasotac");
            Map<String, Long> after = rowCounts(source);
            assertThat(after)
                    .as("the database changed while it was dumped; rerun")
                    .isEqualTo(before);
            try (Statement statement = source.createStatement()) {
                statement.execute("CREATE DATABASE " + restoredName);
            }
            try {
                assertThat(run("restore.sh", restoredUrl, dump.toString())).contains("restore:");
                try (Connection restored = connect(restoredUrl)) {
                    assertThat(rowCounts(restored)).isEqualTo(before);
                }
            } finally {
                try (Statement statement = source.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + restoredName + " WITH (FORCE)");
                }
            }
        } finally {
            TestCatalog.delete(category);
        }
        assertThat(Files.size(dump)).isPositive();
    }

    /** Rows per table of the public schema, Flyway's history included. */
    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        assertThat(counts).containsKeys("product", "category", "flyway_schema_history");
        return counts;
    }

    static Connection connect(String url) throws SQLException {
        URI uri = URI.create(url);
        String[] credentials = uri.getUserInfo().split(":", 2);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath(),
                credentials[0],
                credentials[1]);
    }

    /** Runs a runbook script with DATABASE_URL in its environment, as an operator would. */
    static String run(String script, String databaseUrl, String file) throws Exception {
        Path output = directory().resolve(script + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "server-config/" + script, file)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("DATABASE_URL", databaseUrl);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(output);
        assertThat(process.exitValue()).as(log).isZero();
        return log;
    }

    static Path directory() throws IOException {
        return Files.createTempDirectory("backup-restore");
    }
}
