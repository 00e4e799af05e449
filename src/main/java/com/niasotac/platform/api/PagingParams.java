package com.niasotac.platform.api;

import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** {@code page}, {@code page_size} and {@code ordering} read from a list request; bad values are 400s naming them. */
public final class PagingParams {

    private PagingParams() {}

    /** {@code page} (1-based) and {@code page_size} (default 20, at most 100). */
    public static PageRequest page(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int page = positive(query.getFirst("page"), "page", 1);
        int size = Math.min(
                positive(query.getFirst("page_size"), "page_size", PageRequest.DEFAULT_PAGE_SIZE),
                PageRequest.MAX_PAGE_SIZE);
        return new PageRequest(page, size);
    }

    /**
     * {@code name} or {@code -name}, where {@code allowed} maps each public field name to the attribute it sorts by;
     * anything else is a 400 on {@code ordering}.
     */
    public static Ordering ordering(String raw, Map<String, String> allowed, Ordering fallback) {
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

    private static int positive(String raw, String name, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField(name, "must be a whole number of 1 or more");
    }
}
