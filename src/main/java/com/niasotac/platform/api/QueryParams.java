package com.niasotac.platform.api;

import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed query-string filters. A value that does not parse is a 400 naming the parameter, never a 500 and
 * never silently ignored.
 */
public final class QueryParams {

    private final UriInfo uri;

    private QueryParams(UriInfo uri) {
        this.uri = uri;
    }

    public static QueryParams of(UriInfo uri) {
        return new QueryParams(uri);
    }

    public Optional<String> text(String name) {
        String value = uri.getQueryParameters().getFirst(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false");
        });
    }

    public Optional<Long> id(String name) {
        return text(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField(name, "must be a whole number");
            }
        });
    }

    public Optional<Integer> integer(String name) {
        return id(name).map(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw ApiException.invalidField(name, "is out of range");
            }
            return value.intValue();
        });
    }

    public Optional<BigDecimal> decimal(String name) {
        return text(name).map(value -> {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField(name, "must be a number");
            }
        });
    }

    /** An ISO instant ({@code 2026-11-23T14:30:00Z}) or a date ({@code 2026-11-23}, midnight UTC). */
    public Optional<Instant> instant(String name) {
        return text(name).map(value -> {
            try {
                return value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField(name, "must be a date (2026-11-23) or an ISO 8601 instant");
            }
        });
    }
}
