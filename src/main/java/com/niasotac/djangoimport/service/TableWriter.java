package com.niasotac.djangoimport.service;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The three statements an importer writes a plain row with: INSERT … RETURNING id, UPDATE of the same columns,
 * DELETE, on one table of this application. Values come in the order of {@code columns}.
 */
record TableWriter(String table, List<String> columns) {

    TableWriter(String table, String... columns) {
        this(table, List.of(columns));
    }

    long insert(Tx tx, Object... values) throws SQLException {
        return Sql.insert(
                tx.connection(),
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders()
                        + ") RETURNING id",
                values);
    }

    /** False when no row has this id any more. */
    boolean update(Tx tx, long id, Object... values) throws SQLException {
        String sql = columns.size() == 1
                ? "UPDATE " + table + " SET " + columns.get(0) + " = ? WHERE id = ?"
                : "UPDATE " + table + " SET (" + String.join(", ", columns) + ") = (" + placeholders()
                        + ") WHERE id = ?";
        return Sql.update(tx.connection(), sql, Sql.append(values, id)) == 1;
    }

    void delete(Tx tx, long id) throws SQLException {
        Sql.update(tx.connection(), "DELETE FROM " + table + " WHERE id = ?", id);
    }

    private String placeholders() {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }
}
