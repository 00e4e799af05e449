package com.niasotac.platform.ratelimit;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the client of the current request, as {@link ClientAddress} resolves it. */
@RequestScoped
public class CurrentClient {

    @Inject
    HttpServletRequest request;

    @Inject
    Settings settings;

    public String address() {
        return ClientAddress.resolve(
                request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"),
                settings.rateLimits().trustedProxies());
    }
}
