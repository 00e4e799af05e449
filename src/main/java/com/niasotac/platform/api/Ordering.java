package com.niasotac.platform.api;

import java.util.Map;

/**
 * The {@code ordering} parameter checked against an allow-list: {@code name} or {@code -name}. The result
 * carries the mapped column or attribute, never the client's text, so it is safe to put in a query.
 */
public record Ordering(String attribute, boolean descending) {

    /** {@code allowed} maps each public field name to the entity attribute it sorts by. */
    public static Ordering parse(String raw, Map<String, String> allowed, Ordering fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.strip();
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        String attribute = allowed.get(field);
        if (attribute == null) {
            throw ApiException.invalidField(
                    "ordering",
                    "unknown field '" + field + "'; allowed: "
                            + String.join(
                                    ", ", allowed.keySet().stream().sorted().toList()));
        }
        return new Ordering(attribute, descending);
    }

    /** {@code "c.name DESC"} for a native ORDER BY, when the allow-list maps to SQL expressions. */
    public String sql() {
        return attribute + (descending ? " DESC" : " ASC");
    }

    /** {@code "e.username DESC"} for a JPQL ORDER BY over alias {@code alias}. */
    public String jpql(String alias) {
        return alias + "." + attribute + (descending ? " DESC" : " ASC");
    }
}
