package com.niasotac.djangoimport.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The table {@code django_import_map}: for each entity, the Django id, the id here and the fingerprint of what
 * was written. Absent (a dry run against a database not migrated yet), it reads as empty.
 */
final class IdMap {

    record Mapped(long oldId, long newId, String fingerprint) {}

    private final Connection target;
    private final boolean present;

    IdMap(Connection target) throws SQLException {
        this.target = target;
        try (PreparedStatement statement =
                        target.prepareStatement("SELECT to_regclass('django_import_map') IS NOT NULL");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            this.present = rows.getBoolean(1);
        }
    }

    Optional<Mapped> find(String entity, long oldId) throws SQLException {
        if (!present) {
            return Optional.empty();
        }
        try (PreparedStatement find = target.prepareStatement(
                "SELECT new_id, fingerprint FROM django_import_map WHERE entity = ? AND old_id = ?")) {
            find.setString(1, entity);
            find.setLong(2, oldId);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Mapped(oldId, rows.getLong(1), rows.getString(2)))
                        : Optional.empty();
            }
        }
    }

    void put(String entity, long oldId, long newId, String fingerprint) throws SQLException {
        try (PreparedStatement put = target.prepareStatement(
                """
                INSERT INTO django_import_map (entity, old_id, new_id, fingerprint) VALUES (?, ?, ?, ?)
                ON CONFLICT (entity, old_id) DO UPDATE
                SET new_id = EXCLUDED.new_id, fingerprint = EXCLUDED.fingerprint, updated_at = now()""")) {
            put.setString(1, entity);
            put.setLong(2, oldId);
            put.setLong(3, newId);
            put.setString(4, fingerprint);
            put.executeUpdate();
        }
    }

    void remove(String entity, long oldId) throws SQLException {
        try (PreparedStatement remove =
                target.prepareStatement("DELETE FROM django_import_map WHERE entity = ? AND old_id = ?")) {
            remove.setString(1, entity);
            remove.setLong(2, oldId);
            remove.executeUpdate();
        }
    }

    /** Every mapping of the entity, read one at a time by ascending Django id (to merge with the source's ids). */
    final class Cursor implements AutoCloseable {

        private final PreparedStatement statement;
        private final ResultSet rows;

        private Cursor(String entity) throws SQLException {
            if (!present) {
                statement = null;
                rows = null;
                return;
            }
            statement = target.prepareStatement(
                    "SELECT old_id, new_id, fingerprint FROM django_import_map WHERE entity = ? ORDER BY old_id");
            statement.setString(1, entity);
            statement.setFetchSize(5000);
            rows = statement.executeQuery();
        }

        Optional<Mapped> next() throws SQLException {
            return rows != null && rows.next()
                    ? Optional.of(new Mapped(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                    : Optional.empty();
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                try (statement) {
                    rows.close();
                }
            }
        }
    }

    Cursor cursor(String entity) throws SQLException {
        return new Cursor(entity);
    }
}
