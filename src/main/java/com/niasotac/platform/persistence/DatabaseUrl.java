package com.niasotac.platform.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code DATABASE_URL} in its usual form, {@code postgres://user:password@host:port/database?sslmode=require}:
 * the one way every environment names its database. Credentials may be percent-encoded.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, String sslMode) {

    public static final int DEFAULT_PORT = 5432;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int SOCKET_TIMEOUT_SECONDS = 60;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public static DatabaseUrl parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)");
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL names no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("DATABASE_URL names no database (expected .../database)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL names no user (expected postgres://user:password@...)");
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        String sslMode = queryParameter(uri.getRawQuery(), "sslmode").orElse("prefer");
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("DATABASE_URL sslmode must be one of " + SSL_MODES);
        }
        return new DatabaseUrl(
                uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user, password, sslMode);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://%s:%d/%s".formatted(host, port, database);
    }

    /** Points the driver's data source at this database, with timeouts suited to a web request. */
    public void configure(PGSimpleDataSource dataSource) {
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setSslMode(sslMode);
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        dataSource.setTcpKeepAlive(true);
        dataSource.setApplicationName("niasotac-api");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "postgres://%s:<redacted>@%s:%d/%s?sslmode=%s".formatted(user, host, port, database, sslMode);
    }

    private static Optional<String> queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && decode(pair.substring(0, eq)).equals(name)) {
                return Optional.of(decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String raw) {
        // URLDecoder turns '+' into a space, which a URL's user-info does not mean.
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
