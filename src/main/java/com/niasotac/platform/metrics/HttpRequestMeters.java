package com.niasotac.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code niasotac_http_requests_total} and {@code niasotac_http_request_seconds_total} by method, route template
 * ({@code /api/v1/products/{slug}}, never the raw path, so the number of series stays bounded) and status.
 * Plain counters, because WildFly's application registry does not export Micrometer timers (measured: they
 * never appear in the scrape). Fed by {@link HttpMetricsFilter} and by the public cache's hits, which are
 * answered before JAX-RS sees them.
 */
@ApplicationScoped
public class HttpRequestMeters {

    static final String REQUESTS = "niasotac.http.requests";
    static final String SECONDS = "niasotac.http.request.seconds";

    /** The route of requests no resource method matched (404s, preflights). */
    static final String UNMATCHED = "unmatched";

    @Inject
    MeterRegistry registry;

    private record Meters(Counter requests, Counter seconds) {}

    /** The counters of each method, route and status, registered once (registering is not free). */
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    /** The route template of each resource method, worked out from its annotations once. */
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    public void count(String method, String route, int status, long startedNanos) {
        String code = Integer.toString(status);
        Meters counted = meters.computeIfAbsent(
                method + " " + route + " " + code,
                key -> new Meters(
                        registry.counter(REQUESTS, "method", method, "route", route, "status", code),
                        registry.counter(SECONDS, "method", method, "route", route, "status", code)));
        counted.requests().increment();
        counted.seconds().increment((System.nanoTime() - startedNanos) / 1e9);
    }

    /** The template of the matched resource method, or {@link #UNMATCHED} when there is none. */
    public String route(ResourceInfo matched) {
        Method method = matched == null ? null : matched.getResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        Class<?> resourceClass = matched.getResourceClass();
        return routes.computeIfAbsent(
                method,
                m -> join(template(resourceClass.getAnnotation(Path.class)), template(m.getAnnotation(Path.class))));
    }

    private static String template(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
