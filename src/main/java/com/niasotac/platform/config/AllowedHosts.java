package com.niasotac.platform.config;

import java.util.List;
import java.util.Locale;

/**
 * The {@code Host} values the API answers to. An entry is an exact host name, {@code .example.com}
 * for the domain and all its subdomains, or {@code *} for any host (refused in production).
 */
public record AllowedHosts(List<String> patterns) {

    public AllowedHosts {
        patterns = patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    /** {@code host} as the Host header or {@code ServletRequest#getServerName()} gives it, port excluded. */
    public boolean allows(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String candidate = bare(stripTrailingDot(host.toLowerCase(Locale.ROOT)));
        for (String pattern : patterns) {
            if (pattern.equals("*") || bare(pattern).equals(candidate)) {
                return true;
            }
            if (pattern.startsWith(".") && (candidate.endsWith(pattern) || candidate.equals(pattern.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    public boolean allowsAny() {
        return patterns.contains("*");
    }

    /** An IPv6 literal without its brackets: {@code [::1]} in the Host header and {@code ::1} are one host. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String stripTrailingDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
