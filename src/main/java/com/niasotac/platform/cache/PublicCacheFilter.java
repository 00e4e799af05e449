package com.niasotac.platform.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Serves {@link PublicCache} GETs of anonymous clients from {@link PublicResponseCache}, and fills it with the
 * bytes of successful answers. Requests with credentials are never served from or stored in the cache. Hits and
 * misses are counted ({@code niasotac_public_cache_lookups_total{result="hit"|"miss"}}) so the hit ratio of real
 * traffic can be read from the metrics.
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
    MeterRegistry registry;

    private Counter hits;
    private Counter misses;

    @PostConstruct
    void counters() {
        hits = registry.counter(LOOKUPS, "result", "hit");
        misses = registry.counter(LOOKUPS, "result", "miss");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cache.enabled()
                || !"GET".equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        String key = request.getUriInfo().getRequestUri().toString();
        cache.get(key)
                .ifPresentOrElse(
                        hit -> {
                            hits.increment();
                            request.abortWith(Response.ok(hit, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                                    .header(STATUS_HEADER, "HIT")
                                    .build());
                        },
                        () -> {
                            misses.increment();
                            request.setProperty(KEY, key);
                            request.setProperty(GENERATION, cache.generation());
                        });
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
        cache.put(key.toString(), body, (Long) context.getProperty(GENERATION));
    }
}
