package com.niasotac.auth.web;

import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforces the standard {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resource methods
 * (method annotations win over class ones). Unlike the container's default it tells apart "who are you?"
 * (401 {@code not_authenticated}) from "not you" (403 {@code permission_denied}), as the contract requires.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(Set.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(roles(method.getAnnotation(RolesAllowed.class))));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(Set.of()));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(roles(type.getAnnotation(RolesAllowed.class))));
        }
    }

    private static Set<String> roles(RolesAllowed annotation) {
        return Set.copyOf(Arrays.asList(annotation.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleCheck implements ContainerRequestFilter {

        private final Set<String> allowed;

        RoleCheck(Set<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Unauthorized.response(ErrorCode.NOT_AUTHENTICATED.defaultMessage()));
                return;
            }
            if (allowed.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(ErrorResponses.of(ErrorCode.PERMISSION_DENIED));
            }
        }
    }
}
