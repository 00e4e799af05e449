package com.niasotac.platform.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The one reading of "an absolute http(s) URL with a host" (never {@code javascript:}, {@code data:} or a
 * relative path), for links clients give us and for the settings that name web addresses. Callers add their
 * own shape on top (an origin has no path, a DSN has a key), but the scheme and host are judged here only.
 */
public final class WebUrls {

    /** Longest link a client may store. */
    static final int MAX_CLIENT_LINK = 500;

    private WebUrls() {}

    /** The parsed URL when {@code value} is an absolute http(s) URL with a host; schemes match in any case. */
    public static Optional<URI> absoluteHttp(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A link a client stores (a service's page, a social profile): absolute http(s), at most 500 characters. */
    public static boolean isAbsoluteHttp(String value) {
        return value != null
                && value.length() <= MAX_CLIENT_LINK
                && absoluteHttp(value).isPresent();
    }
}
