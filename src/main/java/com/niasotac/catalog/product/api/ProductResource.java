package com.niasotac.catalog.product.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.catalog.category.service.CategoryService;
import com.niasotac.catalog.product.service.BulkAction;
import com.niasotac.catalog.product.service.ProductDetailRow;
import com.niasotac.catalog.product.service.ProductFilter;
import com.niasotac.catalog.product.service.ProductImageService;
import com.niasotac.catalog.product.service.ProductQueries;
import com.niasotac.catalog.product.service.ProductRequest;
import com.niasotac.catalog.product.service.ProductService;
import com.niasotac.catalog.product.service.ScoreRefresher;
import com.niasotac.catalog.product.service.Showcase;
import com.niasotac.catalog.product.service.ShownProducts;
import com.niasotac.catalog.product.service.ViewCounter;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.BulkResult;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.PreparedJson;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.ratelimit.CurrentClient;
import com.niasotac.platform.ratelimit.RateLimiter;
import com.niasotac.platform.security.Actor;
import com.niasotac.platform.web.RateLimited;
import com.niasotac.pricing.api.QuoteResponses;
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

/** {@code /api/v1/products}: the public catalog and its staff editing. Images: {@link ProductImageResource}. */
@Path("api/v1/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    /** How many brands one list request may name ({@code brand=HP,Dell}). */
    static final int MAX_BRANDS = 20;

    @Inject
    ProductQueries queries;

    @Inject
    ProductService products;

    @Inject
    ProductImageService images;

    @Inject
    ShownProducts shownProducts;

    @Inject
    CategoryService categories;

    @Inject
    ProductViews views;

    @Inject
    ViewCounter viewCounter;

    @Inject
    ScoreRefresher scores;

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentClient client;

    @Inject
    RequestValidator validator;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary =
                    "Products, paginated, with filters (search, name, category, category_slug, brand (several: comma-separated), "
                            + "min_price, max_price, in_stock (or is_in_stock), is_featured, is_recommended, has_discount, created_after, created_before, "
                            + "min_stock, max_stock, min_views, min_clicks; staff: is_active) and ordering")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> list() {
        QueryParams query = QueryParams.of(uri);
        ProductFilter filter = new ProductFilter(
                query.text("search"),
                query.text("name"),
                categoryPath(query),
                query.list("brand", MAX_BRANDS),
                query.decimal("min_price"),
                query.decimal("max_price"),
                query.bool("in_stock", "is_in_stock"),
                query.bool("is_featured"),
                query.bool("is_recommended"),
                query.bool("has_discount"),
                query.instant("created_after"),
                query.instant("created_before"),
                actor.isStaff() ? query.bool("is_active") : java.util.Optional.empty(),
                new ProductFilter.Thresholds(
                        query.integer("min_stock"),
                        query.integer("max_stock"),
                        query.wholeNumber("min_views"),
                        query.wholeNumber("min_clicks")));
        Ordering ordering = PagingParams.ordering(
                query.text("ordering").orElse(null), ProductQueries.ORDERING, ProductQueries.DEFAULT_ORDERING);
        return page(queries.list(filter, actor.isStaff(), PagingParams.page(uri), ordering), PagingParams.page(uri));
    }

    @GET
    @Path("featured")
    @Operation(summary = "Featured products (active, in stock), best score first")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> featured() {
        return showcase(Showcase.FEATURED);
    }

    @GET
    @Path("recommended")
    @Operation(summary = "Recommended products (active, in stock), best score first")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> recommended() {
        return showcase(Showcase.RECOMMENDED);
    }

    @GET
    @Path("on_sale")
    @Operation(summary = "Discounted products (active, in stock)")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> onSale() {
        return showcase(Showcase.ON_SALE);
    }

    @GET
    @Path("new_arrivals")
    @Operation(summary = "Products created in the last 30 days (active, in stock)")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> newArrivals() {
        return showcase(Showcase.NEW_ARRIVALS);
    }

    @GET
    @Path("best_sellers")
    @Operation(summary = "Products by WhatsApp clicks, then views (active, in stock)")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> bestSellers() {
        return showcase(Showcase.BEST_SELLERS);
    }

    @GET
    @Path("recent")
    @Operation(summary = "Active products, newest first (the Django API's name for the default list)")
    @PublicCache
    public Envelope<Page<ProductResponses.Item>> recent() {
        PageRequest page = PagingParams.page(uri);
        return page(queries.list(ProductFilter.none(), false, page, ProductQueries.DEFAULT_ORDERING), page);
    }

    @GET
    @Path("stats")
    @Operation(
            summary = "Headline figures over active products; featured and on sale count what "
                    + "/products/featured and /products/on_sale list")
    @PublicCache
    public Envelope<ProductQueries.CatalogStats> stats() {
        return Envelope.ok(queries.stats());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One product: a safe read (views are counted by POST track_view)")
    @PublicCache
    @APIResponse(
            responseCode = "200",
            description = "The product; staff also get cost_price, is_active and the force_/exclude_ overrides",
            content = @Content(schema = @Schema(implementation = ProductResponses.Detail.class)))
    public Envelope<PreparedJson> get(@PathParam("slug") String slug) {
        return Envelope.ok(views.shown(
                shownProducts.find(slug, actor.isStaff()).orElseThrow(() -> ApiException.notFound("Product")),
                actor.isStaff()));
    }

    @POST
    @Path("{slug}/track_view")
    @Operation(
            summary = "Count one view of an active product's page (written within seconds); rate limited per "
                    + "client and product, so a reload is not a new view")
    public Envelope<ProductResponses.ViewCount> trackView(@PathParam("slug") String slug) {
        ProductQueries.ViewTarget product =
                queries.viewTarget(slug).orElseThrow(() -> ApiException.notFound("Product"));
        limiter.check("product_view", client.address() + " " + product.id());
        return Envelope.ok(new ProductResponses.ViewCount(product.viewCount() + viewCounter.record(product.id())));
    }

    @POST
    @Path("{slug}/track_whatsapp_click")
    @RateLimited("whatsapp_click")
    @Operation(summary = "Count one WhatsApp click")
    public Envelope<ProductResponses.ClickCount> trackWhatsappClick(@PathParam("slug") String slug) {
        return Envelope.ok(new ProductResponses.ClickCount(products.trackWhatsappClick(slug)));
    }

    @POST
    @Path("{slug}/track_click")
    @RateLimited("whatsapp_click")
    @Operation(summary = "The Django API's name of track_whatsapp_click")
    public Envelope<ProductResponses.ClickCount> trackClick(@PathParam("slug") String slug) {
        return trackWhatsappClick(slug);
    }

    @GET
    @Path("{slug}/price")
    @Operation(summary = "What a quantity of this product costs")
    public Envelope<QuoteResponses.Price> price(@PathParam("slug") String slug) {
        int quantity = QueryParams.of(uri).integer("quantity").orElse(1);
        if (quantity < 1 || quantity > 10_000) {
            throw ApiException.invalidField("quantity", "must be a whole number from 1 to 10000");
        }
        ProductDetailRow detail =
                queries.detail(slug, actor.isStaff()).orElseThrow(() -> ApiException.notFound("Product"));
        return Envelope.ok(QuoteResponses.Price.of(views.quote(detail.summary(), quantity)));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product (slug and SKU generated when absent)")
    @APIResponse(
            responseCode = "201",
            description = "The product created, with the staff fields (Location: its URL)",
            content = @Content(schema = @Schema(implementation = ProductResponses.Detail.class)))
    public Response create(ProductRequest body) {
        ProductDetailRow created = products.create(validator.valid(body));
        return Created.at(
                uri, "api/v1/products/{slug}", created.summary().slug(), detailBody(created), "Product created.");
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a product")
    @APIResponse(
            responseCode = "200",
            description = "The product, with the staff fields",
            content = @Content(schema = @Schema(implementation = ProductResponses.Detail.class)))
    public Envelope<Object> replace(@PathParam("slug") String slug, ProductRequest body) {
        return Envelope.ok(detailBody(products.update(slug, validator.valid(body))));
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a product")
    @APIResponse(
            responseCode = "200",
            description = "The product, with the staff fields",
            content = @Content(schema = @Schema(implementation = ProductResponses.Detail.class)))
    public Envelope<Object> update(
            @PathParam("slug") String slug,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = ProductRequest.class)))
                    JsonObject body) {
        ProductRequest merged = JsonPatches.merge(products.asRequest(slug), body, ProductRequest.class);
        return Envelope.ok(detailBody(products.update(slug, validator.valid(merged))));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete a product and its stored images")
    public Envelope<Void> delete(@PathParam("slug") String slug) {
        products.delete(slug);
        return Envelope.ok(null, "Product deleted.");
    }

    @POST
    @Path("bulk")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One action over many products")
    public Envelope<BulkResult> bulk(BulkRequest body) {
        validator.valid(body);
        BulkAction action = BulkAction.parse(body.action());
        int updated = products.bulk(action, body.ids());
        if (action == BulkAction.RECALCULATE_SCORES) {
            scores.refreshCategoriesOf(body.ids()); // now, so the answer reflects the new scores
        }
        return Envelope.ok(new BulkResult(action.label(), updated));
    }

    private Envelope<Page<ProductResponses.Item>> showcase(Showcase showcase) {
        PageRequest page = PagingParams.page(uri);
        return page(queries.showcase(showcase, page), page);
    }

    /** Staff lists carry the active flag and the counters too (never cached, so nobody else sees them). */
    private Envelope<Page<ProductResponses.Item>> page(ProductQueries.ProductList found, PageRequest page) {
        return Envelope.ok(Page.of(page, found.count(), views.items(found.rows(), actor.isStaff()), uri));
    }

    /** A product just written, as its page shows it (with the staff fields: only staff write). */
    private Object detailBody(ProductDetailRow detail) {
        return views.shown(detail, images.images(detail.summary().id()), actor.isStaff());
    }

    private java.util.Optional<String> categoryPath(QueryParams query) {
        java.util.Optional<String> byId = query.id("category").map(id -> categories
                .subtreePath(id)
                .orElseThrow(() -> ApiException.invalidField("category", "no category has this id")));
        java.util.Optional<String> bySlug = query.text("category_slug").map(slug -> categories
                .subtreePath(slug)
                .orElseThrow(() -> ApiException.invalidField("category_slug", "no category has this slug")));
        return byId.isPresent() ? byId : bySlug;
    }
}
