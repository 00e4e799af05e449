package com.niasotac.site.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.PathIds;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.site.domain.SocialLink;
import com.niasotac.site.service.SiteRequests;
import com.niasotac.site.service.SiteResponses;
import com.niasotac.site.service.SocialLinks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/social-links}: the company's social pages. */
@Path("api/v1/social-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SocialLinkResource {

    @Inject
    SocialLinks links;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @GET
    @PublicCache
    @Operation(summary = "Social links, paginated")
    public Envelope<Page<SiteResponses.SocialLink>> list() {
        PageRequest page = PagingParams.page(uri);
        SocialLinks.LinkList found = links.list(page);
        return Envelope.ok(Page.of(
                page,
                found.count(),
                found.results().stream().map(SocialLinkResource::response).toList(),
                uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One social link")
    public Envelope<SiteResponses.SocialLink> get(@PathParam("id") String id) {
        return Envelope.ok(response(links.get(PathIds.parse(id))));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a social link")
    @APIResponse(
            responseCode = "201",
            description = "The link created",
            content = @Content(schema = @Schema(implementation = SiteResponses.SocialLink.class)))
    public Response create(SiteRequests.SocialLink body) {
        SocialLink created = links.create(validator.valid(body));
        return Created.at(uri, "api/v1/social-links/{id}", created.id(), response(created), "Social link created.");
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a social link")
    public Envelope<SiteResponses.SocialLink> replace(@PathParam("id") String id, SiteRequests.SocialLink body) {
        return Envelope.ok(response(links.update(PathIds.parse(id), validator.valid(body))));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a social link")
    public Envelope<SiteResponses.SocialLink> update(
            @PathParam("id") String id,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = SiteRequests.SocialLink.class)))
                    JsonObject body) {
        long linkId = PathIds.parse(id);
        SiteRequests.SocialLink merged =
                JsonPatches.merge(links.asRequest(linkId), body, SiteRequests.SocialLink.class);
        return Envelope.ok(response(links.update(linkId, validator.valid(merged))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete a social link")
    public Envelope<Void> delete(@PathParam("id") String id) {
        links.delete(PathIds.parse(id));
        return Envelope.ok(null, "Social link deleted.");
    }

    static SiteResponses.SocialLink response(SocialLink link) {
        return new SiteResponses.SocialLink(link.id(), link.name(), link.url(), link.isShown());
    }
}
