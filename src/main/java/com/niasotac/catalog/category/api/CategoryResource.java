package com.niasotac.catalog.category.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.catalog.category.service.CategoryFilter;
import com.niasotac.catalog.category.service.CategoryRequest;
import com.niasotac.catalog.category.service.CategoryRow;
import com.niasotac.catalog.category.service.CategoryService;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.platform.media.IconInspector;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.MediaUrls;
import com.niasotac.platform.media.Uploads;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/categories}: the tree for everyone, its editing for staff. */
@Path("api/v1/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

    static final long MAX_ICON_BYTES = 5L * 1024 * 1024;

    @Inject
    CategoryService categories;

    @Inject
    RequestValidator validator;

    @Inject
    MediaUrls mediaUrls;

    @Inject
    MediaStorage storage;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary =
                    "Categories, paginated; filters search, name, slug, is_main, has_products, level, parent; ordering name, level, created_at, product_count")
    @PublicCache
    public Envelope<Page<CategoryResponses.Item>> list() {
        QueryParams query = QueryParams.of(uri);
        CategoryFilter filter = filter(query);
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                query.text("ordering").orElse(null), CategoryService.ORDERING, CategoryService.DEFAULT_ORDERING);
        CategoryService.CategoryList found = categories.list(filter, page, ordering);
        return Envelope.ok(Page.of(
                page, found.count(), found.rows().stream().map(this::item).toList(), uri));
    }

    private static CategoryFilter filter(QueryParams query) {
        return new CategoryFilter(
                query.text("search"),
                query.text("name"),
                query.text("slug"),
                query.bool("is_main"),
                query.bool("has_products"),
                query.integer("level"),
                query.id("parent"));
    }

    @GET
    @Path("tree")
    @Operation(summary = "The whole tree, each node with its children (not paginated)")
    @PublicCache
    public Envelope<List<CategoryResponses.TreeNode>> tree() {
        List<CategoryRow> all = categories.all();
        Map<Long, List<CategoryRow>> byParent = new HashMap<>();
        for (CategoryRow row : all) {
            byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
        return Envelope.ok(nodes(byParent, null));
    }

    @GET
    @Path("minimal")
    @Operation(
            summary =
                    "id, name, slug, level and full_path of every category (or those the list's filters keep), for pickers")
    @PublicCache
    public Envelope<List<CategoryResponses.Minimal>> minimal() {
        return Envelope.ok(categories.matching(filter(QueryParams.of(uri))).stream()
                .sorted((a, b) -> a.fullPath().compareToIgnoreCase(b.fullPath()))
                .map(row ->
                        new CategoryResponses.Minimal(row.id(), row.name(), row.slug(), row.level(), row.fullPath()))
                .toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One category with its parent, children and breadcrumb")
    @PublicCache
    public Envelope<CategoryResponses.Detail> get(@PathParam("slug") String slug) {
        return Envelope.ok(detail(categories.get(slug)));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category")
    @APIResponse(
            responseCode = "201",
            description = "The category created (Location: its URL)",
            content = @Content(schema = @Schema(implementation = CategoryResponses.Detail.class)))
    public Response create(CategoryRequest body) {
        CategoryRow created = categories.create(validator.valid(body));
        return Created.at(uri, "api/v1/categories/{slug}", created.slug(), detail(created), "Category created.");
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a category (moving it under another parent included)")
    public Envelope<CategoryResponses.Detail> replace(@PathParam("slug") String slug, CategoryRequest body) {
        return Envelope.ok(detail(categories.update(slug, validator.valid(body))));
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a category")
    public Envelope<CategoryResponses.Detail> update(
            @PathParam("slug") String slug,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = CategoryRequest.class)))
                    JsonObject body) {
        CategoryRequest merged = JsonPatches.merge(categories.asRequest(slug), body, CategoryRequest.class);
        return Envelope.ok(detail(categories.update(slug, validator.valid(merged))));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete an empty category (409 while it holds products or sub-categories)")
    public Envelope<Void> delete(@PathParam("slug") String slug) {
        categories.delete(slug);
        return Envelope.ok(null, "Category deleted.");
    }

    @PUT
    @Path("{slug}/icon")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload the category's icon (multipart field 'file': ico, png, jpg, svg or webp, at most 5 MB)")
    public Envelope<CategoryResponses.Detail> icon(@PathParam("slug") String slug, @FormParam("file") EntityPart file) {
        CategoryRow category = categories.get(slug);
        byte[] content = Uploads.read(file, "file", MAX_ICON_BYTES);
        IconInspector.Icon icon = IconInspector.inspect(content)
                .orElseThrow(() -> ApiException.invalidField("file", "must be an ico, png, jpg, svg or webp image"));
        String key = Uploads.newKey("categories/" + category.id(), icon.extension());
        storage.store(key, content, icon.contentType());
        try {
            return Envelope.ok(detail(categories.replaceIcon(slug, key)));
        } catch (RuntimeException e) {
            storage.delete(key); // no row points at it: do not leave the file behind
            throw e;
        }
    }

    private List<CategoryResponses.TreeNode> nodes(Map<Long, List<CategoryRow>> byParent, Long parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(row -> new CategoryResponses.TreeNode(
                        row.id(),
                        row.name(),
                        row.slug(),
                        mediaUrls.url(row.iconKey()),
                        row.level(),
                        row.isMainCategory(),
                        row.productCount(),
                        nodes(byParent, row.id())))
                .toList();
    }

    private CategoryResponses.Item item(CategoryRow row) {
        return new CategoryResponses.Item(
                row.id(),
                row.name(),
                row.slug(),
                mediaUrls.url(row.iconKey()),
                row.parentId(),
                row.parentName(),
                row.level(),
                row.isMainCategory(),
                row.productCount(),
                row.directProductCount(),
                row.fullPath(),
                row.createdAt(),
                row.updatedAt());
    }

    private CategoryResponses.Detail detail(CategoryRow row) {
        List<CategoryResponses.Reference> breadcrumb = categories.breadcrumb(row).stream()
                .map(c -> new CategoryResponses.Reference(c.id(), c.name(), c.slug()))
                .toList();
        CategoryResponses.Reference parent = breadcrumb.size() > 1 ? breadcrumb.get(breadcrumb.size() - 2) : null;
        return new CategoryResponses.Detail(
                row.id(),
                row.name(),
                row.slug(),
                mediaUrls.url(row.iconKey()),
                parent,
                row.level(),
                row.isMainCategory(),
                row.productCount(),
                row.directProductCount(),
                row.fullPath(),
                categories.aliases(row.id()),
                breadcrumb,
                categories.children(row.id()).stream().map(this::item).toList(),
                row.createdAt(),
                row.updatedAt());
    }
}
