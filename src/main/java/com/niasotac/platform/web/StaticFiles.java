package com.niasotac.platform.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Files the WAR carries on its classpath (its own pages, and WebJars' assets), answered with their type,
 * {@code nosniff} and a caching rule: immutable for paths that carry a fingerprint, revalidated otherwise. Text
 * files are compressed once, when loaded, and sent gzipped to clients that accept it.
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

    /** Already compressed formats gain nothing from gzip. */
    private static final Set<String> COMPRESSED = Set.of("png", "woff2");

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private StaticFiles() {}

    /** A file ready to serve: its bytes, and their gzip form when that is worth sending (else null). */
    public record StaticFile(String name, byte[] content, byte[] gzipped) {

        public static StaticFile of(String name, byte[] content) {
            String extension = extension(name);
            if (!TYPES.containsKey(extension)) {
                throw new IllegalArgumentException("Not a type this application serves: " + name);
            }
            byte[] gzipped = COMPRESSED.contains(extension) ? null : gzip(content);
            return new StaticFile(name, content, gzipped != null && gzipped.length < content.length ? gzipped : null);
        }
    }

    /** The bytes of a classpath resource, if there is one. */
    public static Optional<byte[]> read(String classpathLocation) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(classpathLocation)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource the WAR must carry: its absence is a packaging error, reported at deployment. */
    public static byte[] require(String classpathLocation) {
        return read(classpathLocation)
                .orElseThrow(() -> new IllegalStateException(classpathLocation + " is missing from the WAR"));
    }

    /** The version Maven packaged of a WebJar, from its own pom.properties. */
    public static String webJarVersion(String groupId, String artifactId) {
        Properties properties = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(
                require("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /**
     * A 200 with the file's type for its extension, gzipped when {@code acceptEncoding} allows it;
     * {@code immutable}: its URL changes whenever it does.
     */
    public static Response.ResponseBuilder ok(StaticFile file, boolean immutable, String acceptEncoding) {
        CacheControl cache = new CacheControl();
        if (immutable) {
            cache.setMaxAge(ONE_YEAR);
            cache.getCacheExtension().put("immutable", null);
        } else {
            cache.setNoCache(true);
        }
        boolean gzip = file.gzipped() != null && acceptsGzip(acceptEncoding);
        Response.ResponseBuilder response = Response.ok(gzip ? file.gzipped() : file.content())
                .header("Content-Type", type(file.name()).orElseThrow())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
        if (file.gzipped() != null) {
            response.header("Vary", "Accept-Encoding");
        }
        return gzip ? response.header("Content-Encoding", "gzip") : response;
    }

    /** {@link #ok}, under a page's Content-Security-Policy, sending no referrer, never framed. */
    public static Response page(StaticFile file, boolean immutable, String acceptEncoding, String policy) {
        return ok(file, immutable, acceptEncoding)
                .header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .build();
    }

    public static Optional<String> type(String name) {
        return Optional.ofNullable(TYPES.get(extension(name)));
    }

    /** Whether an {@code Accept-Encoding} header lists gzip without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
