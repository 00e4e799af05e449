package com.niasotac.platform.cache;

import com.niasotac.platform.config.Settings;
import com.niasotac.platform.metrics.HttpRequestMeters;
import com.niasotac.platform.web.CorsHeaders;
import com.niasotac.platform.web.RequestIdFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What {@link PublicCacheHitHandler} needs from the application to answer a hit the way the API answers: the
 * kept bytes, the headers every answer carries (its request id, CORS for its origin) and the counting (a hit,
 * and an HTTP request of the route that made the answer). The handler is not a CDI bean (Undertow creates it),
 * so this bean hands itself over through a servlet context attribute once the application has started.
 */
@ApplicationScoped
public class PublicCacheHits {

    static final String ATTRIBUTE = PublicCacheHits.class.getName();

    @Inject
    PublicResponseCache cache;

    @Inject
    Settings settings;

    @Inject
    HttpRequestMeters meters;

    @Inject
    MeterRegistry registry;

    private Counter hits;

    void publish(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        hits = registry.counter(PublicCacheFilter.LOOKUPS, "result", "hit");
        context.setAttribute(ATTRIBUTE, this);
    }

    /** The kept answer to an anonymous GET named {@code key}, counted as a hit; empty when there is none. */
    public Optional<CachedAnswer> find(String key) {
        Optional<CachedAnswer> answer = cache.get(key);
        answer.ifPresent(found -> hits.increment());
        return answer;
    }

    /** The headers of any answer to this request: {@code origin} and {@code givenRequestId} may be null. */
    public void headers(String givenRequestId, String origin, BiConsumer<String, String> header) {
        header.accept(RequestIdFilter.HEADER, RequestIdFilter.idFor(givenRequestId));
        if (origin != null) {
            CorsHeaders.forRequestFrom(origin, settings.corsOrigins(), header);
        }
    }

    public void served(CachedAnswer answer, long startedNanos) {
        meters.count("GET", answer.route(), 200, startedNanos);
    }
}
