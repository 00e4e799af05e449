package com.niasotac.audit.api;

import com.niasotac.audit.service.AuditQueries;
import com.niasotac.auth.domain.Role;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/audit-log}: who changed what. The whole shop's history is for admins; staff read the history
 * of one object (both {@code entity} and {@code id} given), as the back-office's "Historique" of a product.
 */
@Path("api/v1/audit-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@Tag(name = "Staff tools")
public class AuditLogResource {

    @Inject
    AuditQueries history;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Changes made through the API, newest first; filters entity, id, user, action, since, until."
                    + " Admins; staff for one object (entity and id)")
    public Envelope<Page<AuditQueries.Entry>> list() {
        QueryParams query = QueryParams.of(uri);
        Optional<String> entity = query.oneOf("entity", AuditQueries.ENTITIES);
        Optional<Long> id = query.id("id");
        if (!security.isUserInRole(Role.ADMIN_NAME) && (entity.isEmpty() || id.isEmpty())) {
            throw new ApiException(
                    ErrorCode.PERMISSION_DENIED, "Staff read the history of one object: give entity and id.");
        }
        AuditQueries.Filter filter = new AuditQueries.Filter(
                entity,
                id,
                query.id("user"),
                query.oneOf("action", AuditQueries.ACTIONS),
                query.instant("since"),
                query.instant("until"));
        PageRequest page = PageRequest.from(uri);
        AuditQueries.EntryList found = history.list(filter, page);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }
}
