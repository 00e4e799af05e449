package com.niasotac.platform.web;

import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.config.CorsOrigins;
import com.niasotac.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for the origins in {@code CORS_ALLOWED_ORIGINS} only. Listed origins may send credentials; a
 * development wildcard gets {@code *} without credentials; any other origin gets no CORS header at all,
 * and its preflight a 403.
 */
public class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, X-Request-ID";
    static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private static final long serialVersionUID = 1L;

    // HttpFilter is Serializable; the injected settings are not, and filters are never serialized.
    @Inject
    transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        CorsOrigins origins = settings.corsOrigins();
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        CorsHeaders.forRequestFrom(origin, origins, response::addHeader);
        if (!preflight) {
            // a foreign origin's answer has no CORS header: browsers block it, same-origin tools still work
            chain.doFilter(request, response);
            return;
        }
        if (!origins.allows(origin)) {
            ServletErrors.write(response, ErrorCode.PERMISSION_DENIED, "Origin not allowed.");
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
