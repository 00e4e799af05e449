package com.niasotac.newsletter.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.newsletter.service.TemplateFilter;
import com.niasotac.newsletter.service.TemplateRequest;
import com.niasotac.newsletter.service.TemplateResponse;
import com.niasotac.newsletter.service.TemplateService;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
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

/** Staff: newsletter templates. */
@Path("api/v1/newsletter/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@Tag(name = "Newsletter")
public class TemplateResource {

    @Inject
    TemplateService templates;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Templates, filtered by search, name, subject and is_active")
    public Envelope<Page<TemplateResponse>> list() {
        QueryParams q = QueryParams.of(uri);
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                q.text("ordering").orElse(null), TemplateService.ORDERING, TemplateService.DEFAULT_ORDERING);
        TemplateService.TemplateList found = templates.list(
                new TemplateFilter(q.text("search"), q.text("name"), q.text("subject"), q.bool("is_active")),
                page,
                ordering);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One template")
    public Envelope<TemplateResponse> get(@PathParam("slug") String slug) {
        return Envelope.ok(templates.get(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a template (400 for an unknown placeholder)")
    @APIResponse(
            responseCode = "201",
            description = "The template created",
            content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public Response create(TemplateRequest body) {
        TemplateResponse created = templates.create(validator.valid(body));
        return Created.at(uri, "api/v1/newsletter/templates/{slug}", created.slug(), created, "Template created.");
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a template")
    public Envelope<TemplateResponse> replace(@PathParam("slug") String slug, TemplateRequest body) {
        return Envelope.ok(templates.update(slug, validator.valid(body)));
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a template")
    public Envelope<TemplateResponse> update(
            @PathParam("slug") String slug,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = TemplateRequest.class)))
                    JsonObject body) {
        TemplateRequest merged = JsonPatches.merge(templates.asRequest(slug), body, TemplateRequest.class);
        return Envelope.ok(templates.update(slug, validator.valid(merged)));
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Delete a template no campaign uses (409 otherwise)")
    public Envelope<Void> delete(@PathParam("slug") String slug) {
        templates.delete(slug);
        return Envelope.ok(null, "Template deleted.");
    }
}
