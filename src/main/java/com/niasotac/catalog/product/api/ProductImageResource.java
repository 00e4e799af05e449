package com.niasotac.catalog.product.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.catalog.product.service.ProductImageFiles;
import com.niasotac.catalog.product.service.ProductImageService;
import com.niasotac.catalog.product.service.ProductQueries;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.PathIds;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.media.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff upload, edit and delete product images. Files are checked by decoding them (JPEG, PNG or WebP, at
 * most 5 MB, at least 300×300), then stored with their variants by {@link ProductImageFiles}.
 */
@Path("api/v1/products/{slug}/images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@Tag(name = "Products")
public class ProductImageResource {

    /** PATCH body. */
    public record ImagePatch(
            @Size(max = 200) String altText, Boolean isPrimary, @PositiveOrZero @Max(1000) Integer order) {}

    @Inject
    ProductQueries queries;

    @Inject
    ProductImageService images;

    @Inject
    ProductViews views;

    @Inject
    ProductImageFiles files;

    @Inject
    RequestValidator validator;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an image (multipart: file, alt_text, is_primary, order)")
    @APIResponse(
            responseCode = "201",
            description = "The image added",
            content = @Content(schema = @Schema(implementation = ProductResponses.Image.class)))
    public Response upload(
            @PathParam("slug") String slug,
            @FormParam("file") EntityPart file,
            @FormParam("alt_text") EntityPart altText,
            @FormParam("is_primary") EntityPart isPrimary,
            @FormParam("order") EntityPart order) {
        long productId = productId(slug);
        Uploads.CheckedImage upload = Uploads.image(file, "file");
        ImagePatch details =
                validator.valid(new ImagePatch(text(altText), bool(isPrimary, "is_primary"), integer(order, "order")));
        ProductImageService.ImageRow row = files.add(
                productId,
                upload.content(),
                upload.image(),
                new ProductImageService.ImageChange(details.altText(), details.isPrimary(), details.order()));
        return Created.withoutLocation(views.image(row), "Image added.");
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an image's alt text, order, or make it the primary one")
    public Envelope<ProductResponses.Image> change(
            @PathParam("slug") String slug, @PathParam("id") String id, ImagePatch body) {
        validator.valid(body);
        return Envelope.ok(views.image(images.change(
                productId(slug),
                PathIds.parse(id),
                new ProductImageService.ImageChange(body.altText(), body.isPrimary(), body.order()))));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an image and its file (the next image becomes primary)")
    public Envelope<Void> delete(@PathParam("slug") String slug, @PathParam("id") String id) {
        images.delete(productId(slug), PathIds.parse(id));
        return Envelope.ok(null, "Image deleted.");
    }

    private long productId(String slug) {
        return queries.detail(slug, true)
                .orElseThrow(() -> ApiException.notFound("Product"))
                .summary()
                .id();
    }

    private static String text(EntityPart part) {
        if (part == null) {
            return null;
        }
        try {
            String value = part.getContent(String.class);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean bool(EntityPart part, String field) {
        String value = text(part);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.invalidField(field, "must be true or false");
        };
    }

    private static Integer integer(EntityPart part, String field) {
        String value = text(part);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "must be a whole number");
        }
    }
}
