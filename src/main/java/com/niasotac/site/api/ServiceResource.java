package com.niasotac.site.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.MediaUrls;
import com.niasotac.platform.media.Uploads;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.security.Actor;
import com.niasotac.site.domain.OfferedService;
import com.niasotac.site.service.OfferedServices;
import com.niasotac.site.service.SiteRequests;
import com.niasotac.site.service.SiteResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/services}: active services for everyone, all of them and their editing for staff. */
@Path("api/v1/services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class ServiceResource {

    @Inject
    OfferedServices services;

    @Inject
    RequestValidator validator;

    @Inject
    MediaStorage storage;

    @Inject
    MediaUrls mediaUrls;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @GET
    @PublicCache
    @Operation(
            summary =
                    "Services, paginated; filter is_active (anonymous: active ones only); ordering order (default), title, created_at")
    public Envelope<Page<SiteResponses.Service>> list() {
        QueryParams query = QueryParams.of(uri);
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                query.text("ordering").orElse(null), OfferedServices.ORDERING, OfferedServices.DEFAULT_ORDERING);
        OfferedServices.ServiceList found = services.list(page, ordering, actor.isStaff(), query.bool("is_active"));
        return Envelope.ok(Page.of(
                page,
                found.count(),
                found.results().stream().map(this::response).toList(),
                uri));
    }

    @GET
    @Path("{slug}")
    @PublicCache
    @Operation(summary = "One service")
    public Envelope<SiteResponses.Service> get(@PathParam("slug") String slug) {
        return Envelope.ok(response(services.get(slug, actor.isStaff())));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a service")
    @APIResponse(
            responseCode = "201",
            description = "The service created",
            content = @Content(schema = @Schema(implementation = SiteResponses.Service.class)))
    public Response create(SiteRequests.Service body) {
        OfferedService created = services.create(validator.valid(body));
        return Created.at(uri, "api/v1/services/{slug}", created.slug(), response(created), "Service created.");
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a service")
    public Envelope<SiteResponses.Service> replace(@PathParam("slug") String slug, SiteRequests.Service body) {
        return Envelope.ok(response(services.update(slug, validator.valid(body))));
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a service")
    public Envelope<SiteResponses.Service> update(
            @PathParam("slug") String slug,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = SiteRequests.Service.class)))
                    JsonObject body) {
        SiteRequests.Service merged = JsonPatches.merge(services.asRequest(slug), body, SiteRequests.Service.class);
        return Envelope.ok(response(services.update(slug, validator.valid(merged))));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete a service")
    public Envelope<Void> delete(@PathParam("slug") String slug) {
        services.delete(slug);
        return Envelope.ok(null, "Service deleted.");
    }

    @PUT
    @Path("{slug}/image")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload the service's image (multipart field 'file': JPEG, PNG or WebP, at most 5 MB, at least "
                    + "300×300); it is shown instead of image_url")
    public Envelope<SiteResponses.Service> uploadImage(
            @PathParam("slug") String slug, @FormParam("file") EntityPart file) {
        long id = services.get(slug, true).id();
        Uploads.CheckedImage upload = Uploads.image(file, "file");
        String key = Uploads.newKey("services/" + id, upload.image().format().extension);
        storage.store(key, upload.content(), upload.image().format().contentType);
        try {
            return Envelope.ok(response(services.replaceImage(slug, key)));
        } catch (RuntimeException e) {
            storage.delete(key); // no row points at it: do not leave the file behind
            throw e;
        }
    }

    @DELETE
    @Path("{slug}/image")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete the uploaded image (image_url, if any, is shown again)")
    public Envelope<SiteResponses.Service> deleteImage(@PathParam("slug") String slug) {
        return Envelope.ok(response(services.replaceImage(slug, null)));
    }

    private SiteResponses.Service response(OfferedService s) {
        String image = s.imageKey() != null ? mediaUrls.url(s.imageKey()) : s.imageUrl();
        return new SiteResponses.Service(
                s.id(),
                s.title(),
                s.slug(),
                s.description(),
                image,
                image,
                s.order(),
                s.isActive(),
                s.externalLink(),
                s.createdAt(),
                s.updatedAt());
    }
}
