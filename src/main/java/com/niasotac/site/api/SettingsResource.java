package com.niasotac.site.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.site.service.SiteRequests;
import com.niasotac.site.service.SiteResponses;
import com.niasotac.site.service.SiteSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/settings}: the shop's one settings record (it cannot be created or deleted). */
@Path("api/v1/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SettingsResource {

    @Inject
    SiteSettingsService settings;

    @Inject
    RequestValidator validator;

    @GET
    @PublicCache
    @Operation(summary = "Contact details, company description and social links")
    public Envelope<SiteResponses.Settings> get() {
        return Envelope.ok(settings.get());
    }

    @GET
    @Path("current")
    @PublicCache
    @Operation(summary = "The same as GET /settings, under the Django API's path")
    public Envelope<SiteResponses.Settings> current() {
        return get();
    }

    @PUT
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the settings")
    public Envelope<SiteResponses.Settings> replace(SiteRequests.Settings body) {
        return Envelope.ok(settings.update(validator.valid(body)));
    }

    @PATCH
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some settings")
    public Envelope<SiteResponses.Settings> update(
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = SiteRequests.Settings.class)))
                    JsonObject body) {
        return Envelope.ok(settings.update(
                validator.valid(JsonPatches.merge(settings.asRequest(), body, SiteRequests.Settings.class))));
    }
}
