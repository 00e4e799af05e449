package com.niasotac.platform.config;

import com.niasotac.platform.text.WebUrls;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Browser origins allowed to call the API cross-site; {@code *} (any origin, no credentials) outside production only. */
public record CorsOrigins(List<String> origins) {

    public CorsOrigins {
        origins = origins.stream().map(CorsOrigins::normalise).toList();
    }

    public boolean allowsAny() {
        return origins.contains("*");
    }

    /** True when {@code origin} is listed exactly; a wildcard does not make an origin "listed". */
    public boolean lists(String origin) {
        return origin != null && origins.contains(normalise(origin));
    }

    public boolean allows(String origin) {
        return origin != null && (allowsAny() || lists(origin));
    }

    /** Why {@code entry} is not an origin ({@code scheme://host[:port]}), or empty when it is one. */
    static Optional<String> problemWith(String entry) {
        if (entry.equals("*")) {
            return Optional.empty();
        }
        boolean origin = WebUrls.absoluteHttp(entry)
                .filter(uri -> (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                        && uri.getRawQuery() == null
                        && uri.getRawFragment() == null
                        && uri.getRawUserInfo() == null)
                .isPresent();
        if (origin) {
            return Optional.empty();
        }
        return Optional.of("'" + entry
                + "' is not an origin like https://shop.example.com (scheme, host, optional port, no path)");
    }

    private static String normalise(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
