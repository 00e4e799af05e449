package com.niasotac.dashboard.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.dashboard.service.DashboardFigures;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/stats}: the back-office dashboard's figures, for staff. */
@Path("api/v1/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@Tag(name = "Staff tools")
public class StatsResource {

    @Inject
    DashboardFigures figures;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Counts of products (active, out of stock, low stock, featured, on sale), promotions and"
                    + " subscribers; top 10 by views and by clicks over 30 days; low stock; campaigns sending")
    public Envelope<DashboardFigures.Figures> stats() {
        int threshold = QueryParams.of(uri).integer("low_stock").orElse(DashboardFigures.DEFAULT_LOW_STOCK);
        if (threshold < 1 || threshold > 1000) {
            throw ApiException.invalidField("low_stock", "must be a whole number from 1 to 1000");
        }
        return Envelope.ok(figures.now(threshold));
    }
}
