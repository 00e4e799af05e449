package com.niasotac.platform.ratelimit;

import com.niasotac.platform.web.RateLimited;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Applies the limit named by {@link RateLimited} to the client's address, before the body is read. */
@Provider
@RateLimited("")
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentClient client;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        limiter.check(limited.value(), client.address());
    }
}
