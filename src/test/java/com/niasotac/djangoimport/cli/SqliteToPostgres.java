package com.niasotac.djangoimport.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Copies a Django SQLite database into PostgreSQL with the column types Django's PostgreSQL backend uses
 * (boolean, timestamptz, numeric, double precision), so the importer's PostgreSQL source is tested on the
 * same rows as the SQLite one.
 */
final class SqliteToPostgres {

    private record Column(String name, String type) {}

    private SqliteToPostgres() {}

    static void copy(Path sqlite, Connection target) throws SQLException {
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + sqlite)) {
            for (String table : tables(source)) {
                List<Column> columns = columns(source, table);
                createTable(target, table, columns);
                copyRows(source, target, table, columns);
            }
        }
    }

    private static List<String> tables(Connection source) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = source.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<Column> columns(Connection source, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = source.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString("name"), postgresType(rows.getString("type"))));
            }
        }
        return columns;
    }

    private static String postgresType(String sqliteType) {
        String type = sqliteType.toLowerCase(Locale.ROOT);
        if (type.startsWith("bool")) {
            return "boolean";
        }
        if (type.startsWith("datetime")) {
            return "timestamptz";
        }
        if (type.startsWith("decimal")) {
            return "numeric(12, 2)";
        }
        if (type.startsWith("real")) {
            return "double precision";
        }
        if (type.contains("int")) {
            return "bigint";
        }
        return "text";
    }

    private static void createTable(Connection target, String table, List<Column> columns) throws SQLException {
        List<String> definitions = new ArrayList<>();
        columns.forEach(column -> definitions.add("\"" + column.name() + "\" " + column.type()));
        try (Statement statement = target.createStatement()) {
            statement.execute("CREATE TABLE \"" + table + "\" (" + String.join(", ", definitions) + ")");
        }
    }

    private static void copyRows(Connection source, Connection target, String table, List<Column> columns)
            throws SQLException {
        List<String> names = columns.stream().map(c -> "\"" + c.name() + "\"").toList();
        String insert = "INSERT INTO \"" + table + "\" (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (Statement select = source.createStatement();
                ResultSet rows = select.executeQuery("SELECT * FROM \"" + table + "\"");
                PreparedStatement write = target.prepareStatement(insert)) {
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(write, i + 1, columns.get(i).type(), rows.getString(i + 1));
                }
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void bind(PreparedStatement write, int index, String type, String value) throws SQLException {
        if (value == null) {
            write.setNull(index, Types.NULL);
        } else if (type.equals("boolean")) {
            write.setBoolean(index, !value.equals("0"));
        } else if (type.equals("timestamptz")) {
            write.setObject(index, LocalDateTime.parse(value.replace(' ', 'T')).atOffset(ZoneOffset.UTC));
        } else if (type.startsWith("numeric")) {
            write.setBigDecimal(index, new BigDecimal(value));
        } else if (type.equals("double precision")) {
            write.setDouble(index, Double.parseDouble(value));
        } else if (type.equals("bigint")) {
            write.setLong(index, Long.parseLong(value));
        } else {
            write.setString(index, value);
        }
    }
}
