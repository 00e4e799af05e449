package com.niasotac.platform.web;

import com.niasotac.platform.config.CorsOrigins;
import java.util.function.BiConsumer;

/**
 * The CORS headers of a request from {@code origin} that is not a preflight: listed origins may send
 * credentials, a development wildcard gets {@code *} without them, any other origin gets no CORS header (the
 * browser blocks the response). Shared by {@link CorsFilter} and the public cache's hits, answered before it.
 */
public final class CorsHeaders {

    static final String EXPOSED_HEADERS = "Retry-After, X-Request-ID";

    private CorsHeaders() {}

    /** Adds the headers through {@code header}; {@code origin} is the request's {@code Origin}, never null. */
    public static void forRequestFrom(String origin, CorsOrigins origins, BiConsumer<String, String> header) {
        header.accept("Vary", "Origin");
        if (!origins.allows(origin)) {
            return;
        }
        if (origins.lists(origin)) {
            header.accept("Access-Control-Allow-Origin", origin);
            header.accept("Access-Control-Allow-Credentials", "true");
        } else {
            header.accept("Access-Control-Allow-Origin", "*");
        }
        header.accept("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
}
