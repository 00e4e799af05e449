package com.niasotac.platform.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Typed reads of native query columns, whatever Java type the driver chose for them. */
public final class Rows {

    private Rows() {}

    public static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer intValue(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    public static boolean bool(Object value) {
        return Boolean.TRUE.equals(value);
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
