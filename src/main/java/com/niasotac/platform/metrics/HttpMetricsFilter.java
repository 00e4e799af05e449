package com.niasotac.platform.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts and times every API request JAX-RS serves into {@link HttpRequestMeters}: the mean latency of a route
 * is the rate of {@code niasotac_http_request_seconds_total} over the rate of {@code niasotac_http_requests_total}.
 */
@Provider
@PreMatching
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";

    @Inject
    HttpRequestMeters meters;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            meters.count(request.getMethod(), meters.route(resource), response.getStatus(), started);
        }
    }
}
