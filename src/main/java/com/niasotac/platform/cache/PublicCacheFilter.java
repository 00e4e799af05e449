package com.niasotac.platform.cache;

import com.niasotac.platform.metrics.HttpRequestMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the bytes of successful answers of {@link PublicCache} GETs of anonymous clients in
 * {@link PublicResponseCache}; {@link PublicCacheHitHandler} serves them, before this filter would see the
 * request. Requests with credentials are never kept. Hits and misses are counted
 * ({@code niasotac_public_cache_lookups_total{result="hit"|"miss"}}) so the hit ratio of real traffic can be
 * read from the metrics: a request that reaches this filter is a miss.
 */
@Provider
@PublicCache
@Priority(Priorities.USER)
public class PublicCacheFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String KEY = PublicCacheFilter.class.getName() + ".key";
    static final String GENERATION = PublicCacheFilter.class.getName() + ".generation";
    static final String STATUS_HEADER = "X-Cache";

    static final String LOOKUPS = "niasotac.public.cache.lookups";

    @Inject
    PublicResponseCache cache;

    @Inject
    HttpRequestMeters meters;

    @Inject
    MeterRegistry registry;

    @Context
    HttpServletRequest servletRequest;

    @Context
    ResourceInfo resource;

    private Counter misses;

    @PostConstruct
    void counters() {
        misses = registry.counter(LOOKUPS, "result", "miss");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cache.enabled()
                || !"GET".equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        misses.increment();
        request.setProperty(
                KEY, PublicCacheKey.of(servletRequest.getRequestURL().toString(), servletRequest.getQueryString()));
        request.setProperty(GENERATION, cache.generation());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200) {
            request.removeProperty(KEY); // errors are never cached
        } else if (request.getProperty(KEY) != null) {
            response.getHeaders().putSingle(STATUS_HEADER, "MISS");
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        context.proceed();
        byte[] body = copy.toByteArray();
        original.write(body);
        cache.put(
                key.toString(),
                new CachedAnswer(body, String.valueOf(context.getMediaType()), meters.route(resource)),
                (Long) context.getProperty(GENERATION));
    }
}
