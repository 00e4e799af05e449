package com.niasotac.djangoimport.source;

import com.niasotac.platform.persistence.DatabaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the Django database is: {@code sqlite:///absolute/path/db.sqlite3} (the three slashes of an empty
 * host, as Django's dj-database-url writes it) or {@code postgres://user:password@host:port/database}.
 */
public sealed interface SourceUrl {

    record Sqlite(Path file) implements SourceUrl {
        @Override
        public String describe() {
            return "sqlite://" + file;
        }
    }

    record Postgres(DatabaseUrl url) implements SourceUrl {
        @Override
        public String describe() {
            return url.toString();
        }
    }

    /** The URL, or an {@link IllegalArgumentException} whose message says what is wrong with it. */
    static SourceUrl parse(String value) {
        String raw = value.strip();
        if (raw.startsWith("sqlite:")) {
            URI uri;
            try {
                uri = new URI(raw);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--source is not a valid URL (expected sqlite:///path/db.sqlite3)");
            }
            String path = uri.getRawPath();
            if (uri.getRawAuthority() != null || path == null || !path.startsWith("/") || path.length() < 2) {
                throw new IllegalArgumentException(
                        "--source sqlite URLs name an absolute file: sqlite:///srv/old/db.sqlite3");
            }
            return new Sqlite(Path.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        if (raw.startsWith("postgres:") || raw.startsWith("postgresql:")) {
            try {
                return new Postgres(DatabaseUrl.parse(raw));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace("DATABASE_URL", "--source"), e);
            }
        }
        throw new IllegalArgumentException(
                "--source must be sqlite:///path/db.sqlite3 or postgres://user:password@host:port/database");
    }

    /** For messages and the report: never the password. */
    String describe();
}
