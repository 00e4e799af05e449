package com.niasotac.djangoimport.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What differs between Django's SQLite and PostgreSQL databases for the importer's queries. */
public enum Dialect {
    SQLITE {
        @Override
        public String listOfIds(String column) {
            return "group_concat(" + column + ")";
        }

        @Override
        Instant instant(ResultSet rows, String column) throws SQLException {
            // Django writes UTC as text without an offset: 2026-11-20 09:00:01[.123456]
            String text = rows.getString(column);
            if (text == null || text.isBlank()) {
                return null;
            }
            String iso = text.strip().replace(' ', 'T');
            boolean hasOffset = iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$");
            return hasOffset
                    ? OffsetDateTime.parse(iso).toInstant()
                    : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
    },
    POSTGRES {
        @Override
        public String listOfIds(String column) {
            return "string_agg(CAST(" + column + " AS text), ',')";
        }

        @Override
        Instant instant(ResultSet rows, String column) throws SQLException {
            OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    };

    /** An aggregate of ids as one comma-separated text, for a sub-query's targets or members. */
    public abstract String listOfIds(String column);

    abstract Instant instant(ResultSet rows, String column) throws SQLException;
}
