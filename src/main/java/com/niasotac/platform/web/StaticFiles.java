package com.niasotac.platform.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files the WAR carries on its classpath (its own pages, and WebJars' assets), answered with their type,
 * {@code nosniff} and a caching rule: immutable for paths that carry a version, revalidated otherwise.
 */
public final class StaticFiles {

    /** The types this application serves, by extension; any other file is not served. */
    static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "json", "application/json; charset=UTF-8",
            "woff2", "font/woff2");

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private StaticFiles() {}

    /** The bytes of a classpath resource, if there is one. */
    public static Optional<byte[]> read(String classpathLocation) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(classpathLocation)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 with the file's type for its extension; {@code immutable}: its URL changes whenever it does. */
    public static Response.ResponseBuilder ok(String name, byte[] content, boolean immutable) {
        CacheControl cache = new CacheControl();
        if (immutable) {
            cache.setMaxAge(ONE_YEAR);
            cache.getCacheExtension().put("immutable", null);
        } else {
            cache.setNoCache(true);
        }
        return Response.ok(content)
                .header("Content-Type", type(name).orElseThrow())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }

    public static Optional<String> type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
