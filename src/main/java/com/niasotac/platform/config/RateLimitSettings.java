package com.niasotac.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rate limiter's settings: where counters live ({@code REDIS_URL}, or this node's memory), what to do
 * when Redis is down, which peers may report the client's address, and each limit by name.
 */
public record RateLimitSettings(
        Optional<URI> redisUrl, boolean failOpen, List<IpRange> trustedProxies, Map<String, Limit> limits) {

    /** {@code requests} per {@code period} for one client (or one username, one address). */
    public record Limit(long requests, Duration period) {

        @Override
        public String toString() {
            return requests + "/" + period.toSeconds();
        }
    }

    /**
     * Every limit and its default, per client address unless the name says otherwise. Each can be changed
     * with {@code RATE_LIMIT_<NAME>=<requests>/<seconds>}.
     */
    public static final Map<String, Limit> DEFAULTS = defaults();

    private static Map<String, Limit> defaults() {
        Map<String, Limit> limits = new LinkedHashMap<>();
        limits.put("token_obtain", new Limit(10, Duration.ofMinutes(1)));
        limits.put("token_obtain_username", new Limit(5, Duration.ofMinutes(5)));
        limits.put("token_refresh", new Limit(30, Duration.ofMinutes(1)));
        limits.put("newsletter_subscribe", new Limit(10, Duration.ofMinutes(10)));
        limits.put("newsletter_subscribe_address", new Limit(3, Duration.ofHours(1)));
        limits.put("newsletter_token", new Limit(20, Duration.ofMinutes(10)));
        limits.put("promotion_code", new Limit(30, Duration.ofMinutes(1)));
        limits.put("whatsapp_click", new Limit(30, Duration.ofMinutes(1)));
        // Per client and product: reopening or reloading a product page within a minute is not a new view.
        limits.put("product_view", new Limit(1, Duration.ofMinutes(1)));
        return java.util.Collections.unmodifiableMap(limits);
    }

    /** The variable that sets limit {@code name}. */
    public static String variable(String name) {
        return "RATE_LIMIT_" + name.toUpperCase(Locale.ROOT);
    }

    public Limit limit(String name) {
        Limit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalArgumentException("No rate limit named " + name);
        }
        return limit;
    }

    @Override
    public String toString() {
        return "RateLimitSettings[redis=%s, failOpen=%s, trustedProxies=%s, limits=%s]"
                .formatted(redisUrl.map(RateLimitSettings::redacted).orElse("-"), failOpen, trustedProxies, limits);
    }

    /** The URL without its credentials, for logs. */
    public static String redacted(URI url) {
        return url.getScheme() + "://" + (url.getUserInfo() == null ? "" : "<redacted>@") + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()) + (url.getPath() == null ? "" : url.getPath());
    }
}
