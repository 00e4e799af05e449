package com.niasotac.platform.web;

import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses requests whose {@code Host} is not in {@code ALLOWED_HOSTS}, which stops host-header poisoning of
 * the absolute links the API builds. First in the chain (see web.xml).
 */
public class AllowedHostFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AllowedHostFilter.class.getName());

    private static final long serialVersionUID = 1L;

    // HttpFilter is Serializable; the injected settings are not, and filters are never serialized.
    @Inject
    transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = request.getServerName();
        if (!settings.allowedHosts().allows(host)) {
            LOG.fine(() -> "Refused request for host " + host);
            ServletErrors.write(response, ErrorCode.BAD_REQUEST, "Invalid Host header; this host is not served here.");
            return;
        }
        chain.doFilter(request, response);
    }
}
