package com.niasotac.platform.text;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks for links that clients give us and that browsers will follow. */
public final class WebUrls {

    private WebUrls() {}

    /** An absolute http(s) URL with a host: never {@code javascript:}, {@code data:} or a relative path. */
    public static boolean isAbsoluteHttp(String value) {
        if (value == null || value.isBlank() || value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
