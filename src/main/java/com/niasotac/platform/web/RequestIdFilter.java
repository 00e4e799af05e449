package com.niasotac.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-ID} when it is a plausible one (a load balancer's),
 * else a new UUID. It is echoed in the response, and every log line written while serving the request
 * carries it ({@code mdc.request_id} in the JSON logs), as does an error report. First in the chain.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "request_id";

    /** Short and harmless: a header value cannot inject anything into logs or responses. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idFor(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The caller's id when it is a plausible one, else a new one; {@code given} may be null. */
    public static String idFor(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /** The id of the request being served on this thread, if any. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
