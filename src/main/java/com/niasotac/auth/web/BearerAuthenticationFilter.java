package com.niasotac.auth.web;

import com.niasotac.auth.domain.Role;
import com.niasotac.auth.service.AccessTokens;
import com.niasotac.auth.service.AuthenticatedUser;
import com.niasotac.auth.service.SignIns;
import com.niasotac.platform.security.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer <access>}. No header: the request stays anonymous. A bearer token that
 * does not verify (expired, tampered, unsigned, signed with another key) is a 401 at once, even on public
 * endpoints, so a client learns its token is bad instead of silently losing its rights.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    @Inject
    AccessTokens accessTokens;

    @Inject
    SignIns signIns;

    @Inject
    Actor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(Unauthorized.response("Use an Authorization: Bearer <access token> header."));
            return;
        }
        Optional<AuthenticatedUser> user =
                accessTokens.verify(header.substring(BEARER.length()).strip()).flatMap(signIns::current);
        if (user.isEmpty()) {
            request.abortWith(Unauthorized.response(
                    "The access token is invalid or expired, or its account or sign-in is no longer valid."));
            return;
        }
        actor.signedIn(
                user.get().id(), user.get().username(), user.get().roles().contains(Role.STAFF_NAME));
        request.setSecurityContext(new TokenSecurityContext(
                user.get(), request.getSecurityContext().isSecure()));
    }

    private record TokenSecurityContext(AuthenticatedUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
