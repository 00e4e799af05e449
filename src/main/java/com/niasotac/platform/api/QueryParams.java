package com.niasotac.platform.api;

import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A comma-separated list ({@code brand=HP,Dell}): its values stripped, blanks and repeats dropped, at most
     * {@code max} of them.
     */
    public List<String> list(String name, int max) {
        List<String> values = text(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
        if (values.size() > max) {
            throw ApiException.invalidField(name, "at most " + max + " values, separated by commas");
        }
        return values;
    }

    /**
     * A true/false filter that clients send under either of two names ({@code in_stock}, or the Django API's
     * {@code is_in_stock}); two different values are a 400 naming the second.
     */
    public Optional<Boolean> bool(String name, String alias) {
        Optional<Boolean> value = bool(name);
        Optional<Boolean> aliased = bool(alias);
        if (value.isPresent() && aliased.isPresent() && !value.equals(aliased)) {
            throw ApiException.invalidField(alias, "contradicts " + name);
        }
        return value.or(() -> aliased);
    }

    /** One of the values listed, else a 400 naming the parameter and the values it takes. */
    public Optional<String> oneOf(String name, java.util.Set<String> allowed) {
        return text(name).map(value -> {
            if (!allowed.contains(value)) {
                throw ApiException.invalidField(
                        name, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            return value;
        });
    }

    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false");
        });
    }

    public Optional<Long> id(String name) {
        return wholeNumber(name);
    }

    public Optional<Long> wholeNumber(String name) {
        return text(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField(name, "must be a whole number");
            }
        });
    }

    public Optional<Integer> integer(String name) {
        return wholeNumber(name).map(value -> {
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
