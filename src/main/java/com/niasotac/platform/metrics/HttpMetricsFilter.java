package com.niasotac.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts and times every API request by method, route template ({@code /api/v1/products/{slug}}, never the
 * raw path, so the number of series stays bounded) and status: {@code niasotac_http_requests_total} and
 * {@code niasotac_http_request_seconds_total} (a count and a sum, as a Prometheus summary has: the mean latency
 * of a route is the rate of the second over the rate of the first). Plain counters, because WildFly's
 * application registry does not export Micrometer timers (measured: they never appear in the scrape).
 */
@Provider
@PreMatching
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REQUESTS = "niasotac.http.requests";
    static final String SECONDS = "niasotac.http.request.seconds";
    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";

    @Inject
    MeterRegistry registry;

    private record Meters(Counter requests, Counter seconds) {}

    /** The counters of each method, route and status, registered once (registering is not free). */
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    /** The route template of each resource method, worked out from its annotations once. */
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        String method = request.getMethod();
        String template = route();
        String status = Integer.toString(response.getStatus());
        Meters route = meters.computeIfAbsent(
                method + " " + template + " " + status,
                key -> new Meters(
                        registry.counter(REQUESTS, "method", method, "route", template, "status", status),
                        registry.counter(SECONDS, "method", method, "route", template, "status", status)));
        route.requests().increment();
        route.seconds().increment((System.nanoTime() - started) / 1e9);
    }

    /** The matched resource method's template, or {@code unmatched} (404s, preflights). */
    private String route() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "unmatched";
        }
        Class<?> resourceClass = resource.getResourceClass();
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
