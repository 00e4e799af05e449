package com.niasotac.platform.cache;

import com.niasotac.platform.web.RequestIdFilter;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Answers public cache hits on Undertow's I/O thread, before the request is handed to a worker thread and
 * goes through the servlet filters and JAX-RS: a hit is a lookup and one write (measured: a third of the CPU
 * of a hit served by a JAX-RS filter went to that hand-over, the filters and RESTEasy's response path). Only
 * anonymous GETs without a body can be hits, and only {@link PublicCacheFilter} keeps answers, after the
 * filters and JAX-RS have accepted the same request; anything else goes on to {@code next} unchanged.
 */
final class PublicCacheHitHandler implements HttpHandler {

    private static final HttpString REQUEST_ID = new HttpString(RequestIdFilter.HEADER);
    private static final HttpString CACHE_STATUS = new HttpString(PublicCacheFilter.STATUS_HEADER);

    private final HttpHandler next;
    private final ServletContext context;
    private volatile PublicCacheHits hits;

    PublicCacheHitHandler(HttpHandler next, ServletContext context) {
        this.next = next;
        this.context = context;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long started = System.nanoTime();
        PublicCacheHits application = hits();
        // getRequestURL and getDecodedQueryString are what HttpServletRequest returns, which PublicCacheFilter keys by
        Optional<CachedAnswer> answer = application == null || !mayBeAHit(exchange)
                ? Optional.empty()
                : application.find(PublicCacheKey.of(exchange.getRequestURL(), exchange.getDecodedQueryString()));
        if (answer.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        byte[] body = answer.get().body();
        HeaderMap request = exchange.getRequestHeaders();
        HeaderMap response = exchange.getResponseHeaders();
        application.headers(
                request.getFirst(REQUEST_ID),
                request.getFirst(Headers.ORIGIN),
                (name, value) -> response.add(HttpString.tryFromString(name), value));
        response.put(Headers.CONTENT_TYPE, answer.get().contentType());
        response.put(CACHE_STATUS, "HIT");
        response.put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
        application.served(answer.get(), started);
    }

    /** The application's side, once it has started (requests before that are never hits). */
    private PublicCacheHits hits() {
        PublicCacheHits known = hits;
        if (known == null && context.getAttribute(PublicCacheHits.ATTRIBUTE) instanceof PublicCacheHits published) {
            hits = published;
            return published;
        }
        return known;
    }

    private static boolean mayBeAHit(HttpServerExchange exchange) {
        HeaderMap request = exchange.getRequestHeaders();
        return Methods.GET.equals(exchange.getRequestMethod())
                && !request.contains(Headers.AUTHORIZATION)
                && exchange.getRequestContentLength() <= 0
                && !request.contains(Headers.TRANSFER_ENCODING);
    }
}
