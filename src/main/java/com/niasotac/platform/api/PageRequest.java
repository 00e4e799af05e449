package com.niasotac.platform.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/** {@code page} (1-based) and {@code page_size} (default 20, at most 100) from a list request. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** No list here comes near it; past it a page is past the end whatever the list. */
    static final long MAX_OFFSET = Integer.MAX_VALUE;

    public static PageRequest from(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int page = positive(query.getFirst("page"), "page", 1);
        int size = Math.min(positive(query.getFirst("page_size"), "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        return new PageRequest(page, size);
    }

    /** The rows before this page; a page that far is past the end of every list (a 404), not an overflow. */
    public int offset() {
        long offset = (long) (page - 1) * pageSize;
        if (offset > MAX_OFFSET) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Invalid page: it is past the last one.");
        }
        return (int) offset;
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
