package com.niasotac.pricing.api;

import com.niasotac.auth.domain.Role;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.BulkResult;
import com.niasotac.platform.api.Created;
import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.JsonPatches;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.api.PagingParams;
import com.niasotac.platform.api.QueryParams;
import com.niasotac.platform.api.RequestValidator;
import com.niasotac.platform.cache.PublicCache;
import com.niasotac.platform.json.JsonObjects;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.security.Actor;
import com.niasotac.platform.web.RateLimited;
import com.niasotac.pricing.engine.PriceQuote;
import com.niasotac.pricing.engine.PricingEngine;
import com.niasotac.pricing.engine.PromotionRule;
import com.niasotac.pricing.engine.PromotionType;
import com.niasotac.pricing.service.ActivePromotions;
import com.niasotac.pricing.service.ProductsToPrice;
import com.niasotac.pricing.service.PromotionFilter;
import com.niasotac.pricing.service.PromotionQueries;
import com.niasotac.pricing.service.PromotionRedemptions;
import com.niasotac.pricing.service.PromotionRequest;
import com.niasotac.pricing.service.PromotionResponses;
import com.niasotac.pricing.service.PromotionService;
import com.niasotac.pricing.service.RedemptionHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/promotions}: active promotions for everyone; codes; redemption and editing for staff. */
@Path("api/v1/promotions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promotions")
public class PromotionResource {

    public record ValidateCode(
            @NotBlank @Size(max = 50) String code,
            @Size(max = 220) String product,
            @Positive @Max(10_000) Integer quantity) {}

    public record Redeem(
            @Size(max = 50) String code,
            @Size(max = 170) String promotion,
            @NotBlank @Size(max = 254) String customer,
            @Positive @Max(10_000) Integer quantity) {}

    @Schema(name = "PromotionBulk")
    public record Bulk(@NotNull String action, @NotEmpty @Size(max = 500) List<@NotNull Long> ids) {}

    public record CodeCheck(PromotionResponses.Item promotion, QuoteResponses.Price price) {}

    private static final PricingEngine ENGINE = new PricingEngine();

    @Inject
    PromotionService promotions;

    @Inject
    PromotionQueries queries;

    @Inject
    PromotionRedemptions redemptions;

    @Inject
    RedemptionHistory history;

    @Inject
    ProductsToPrice products;

    @Inject
    ActivePromotions active;

    @Inject
    RequestValidator validator;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @GET
    @PublicCache
    @Operation(summary = "Promotions (anonymous: active now only), paginated, filtered and ordered")
    public Envelope<Page<PromotionResponses.Item>> list() {
        QueryParams q = QueryParams.of(uri);
        q.text("promotion_type").filter(t -> PromotionType.parse(t).isEmpty()).ifPresent(t -> {
            throw ApiException.invalidField("promotion_type", "must be percent, amount, set_price or bogo");
        });
        PromotionFilter filter = new PromotionFilter(
                q.text("search"),
                q.text("name"),
                q.text("code"),
                q.text("promotion_type"),
                q.bool("active"),
                q.bool("is_active_now"),
                q.bool("is_stackable"),
                q.bool("applies_to_all"),
                q.instant("start_after"),
                q.instant("end_before"));
        return page(filter, !actor.isStaff());
    }

    @GET
    @Path("active")
    @PublicCache
    @Operation(summary = "Promotions active now, paginated")
    public Envelope<Page<PromotionResponses.Item>> activeNow() {
        return page(PromotionFilter.none(), true);
    }

    @GET
    @Path("{slug}")
    @PublicCache
    @Operation(summary = "One promotion with its products and categories")
    @APIResponse(
            responseCode = "200",
            description = "The promotion with its product and category targets",
            content = @Content(schema = @Schema(implementation = PromotionWithTargets.class)))
    public Envelope<JsonObject> get(@PathParam("slug") String slug) {
        boolean publicView = !actor.isStaff();
        PromotionResponses.Item promotion = queries.get(slug, publicView);
        return Envelope.ok(JsonObjects.merged(promotion, queries.targets(promotion.id(), publicView)));
    }

    @GET
    @Path("{slug}/redemptions")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "The recorded uses of a promotion, newest first (customer, quantity, who recorded it, when)")
    public Envelope<Page<RedemptionHistory.Use>> redemptions(@PathParam("slug") String slug) {
        PageRequest page = PagingParams.page(uri);
        RedemptionHistory.UseList found = history.of(queries.get(slug, false).id(), page);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }

    @POST
    @Path("validate_code")
    @RateLimited("promotion_code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a code, and with a product the price it gives (404 unknown, 400 inactive or used up)")
    public Envelope<CodeCheck> validateCode(ValidateCode body) {
        validator.valid(body);
        PromotionResponses.Item promotion = redemptions.usableByCode(body.code());
        if (body.product() == null || body.product().isBlank()) {
            return Envelope.ok(new CodeCheck(promotion, null));
        }
        ProductsToPrice.ProductToPrice product =
                products.visible(body.product()).orElseThrow(() -> ApiException.notFound("Product"));
        PromotionRule rule = active.now().forProduct(product.id(), product.categoryPath()).stream()
                .filter(applicable -> applicable.id() == promotion.id())
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ErrorCode.BAD_REQUEST,
                        "promotion_not_applicable",
                        "This code does not apply to this product.",
                        Map.of()));
        int quantity = body.quantity() == null ? 1 : body.quantity();
        PriceQuote quote = ENGINE.quote(product.price(), quantity, List.of(rule));
        return Envelope.ok(new CodeCheck(promotion, QuoteResponses.Price.of(quote)));
    }

    @POST
    @Path("redeem")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Record one use of a promotion by a customer (409 when used up or the customer's limit is reached)")
    public Envelope<PromotionResponses.Redemption> redeem(Redeem body) {
        validator.valid(body);
        boolean byCode = body.code() != null && !body.code().isBlank();
        if (!byCode && (body.promotion() == null || body.promotion().isBlank())) {
            throw ApiException.invalidField("code", "give the promotion's code or its slug (promotion)");
        }
        long userId = actor.user().orElseThrow().id();
        return Envelope.ok(redemptions.redeem(
                byCode ? body.code() : body.promotion(),
                byCode,
                body.customer(),
                body.quantity() == null ? 1 : body.quantity(),
                userId));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a promotion")
    @APIResponse(
            responseCode = "201",
            description = "The promotion created, with its targets",
            content = @Content(schema = @Schema(implementation = PromotionWithTargets.class)))
    public Response create(PromotionRequest body) {
        PromotionResponses.Item created = promotions.create(validator.valid(body));
        return Created.at(
                uri,
                "api/v1/promotions/{slug}",
                created.slug(),
                JsonObjects.merged(created, queries.targets(created.id(), false)),
                "Promotion created.");
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a promotion")
    @APIResponse(
            responseCode = "200",
            description = "The promotion with its product and category targets",
            content = @Content(schema = @Schema(implementation = PromotionWithTargets.class)))
    public Envelope<JsonObject> replace(@PathParam("slug") String slug, PromotionRequest body) {
        PromotionResponses.Item updated = promotions.update(slug, validator.valid(body));
        return Envelope.ok(JsonObjects.merged(updated, queries.targets(updated.id(), false)));
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of a promotion")
    @APIResponse(
            responseCode = "200",
            description = "The promotion with its product and category targets",
            content = @Content(schema = @Schema(implementation = PromotionWithTargets.class)))
    public Envelope<JsonObject> update(
            @PathParam("slug") String slug,
            @RequestBody(
                            description = "Any of the fields of PUT; the others keep their values (RFC 7386 merge)",
                            content = @Content(schema = @Schema(implementation = PromotionRequest.class)))
                    JsonObject body) {
        PromotionRequest merged = JsonPatches.merge(queries.asRequest(slug), body, PromotionRequest.class);
        PromotionResponses.Item updated = promotions.update(slug, validator.valid(merged));
        return Envelope.ok(JsonObjects.merged(updated, queries.targets(updated.id(), false)));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Operation(summary = "Delete a promotion")
    public Envelope<Void> delete(@PathParam("slug") String slug) {
        promotions.delete(slug);
        return Envelope.ok(null, "Promotion deleted.");
    }

    @POST
    @Path("bulk")
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "activate, deactivate, mark_stackable or mark_non_stackable many promotions")
    public Envelope<BulkResult> bulk(Bulk body) {
        validator.valid(body);
        return Envelope.ok(new BulkResult(body.action(), promotions.bulk(body.action(), body.ids())));
    }

    private Envelope<Page<PromotionResponses.Item>> page(PromotionFilter filter, boolean onlyActiveNow) {
        PageRequest page = PagingParams.page(uri);
        Ordering ordering = PagingParams.ordering(
                QueryParams.of(uri).text("ordering").orElse(null),
                PromotionQueries.ORDERING,
                PromotionQueries.DEFAULT_ORDERING);
        PromotionQueries.PromotionList found = queries.list(filter, onlyActiveNow, page, ordering);
        return Envelope.ok(Page.of(page, found.count(), found.results(), uri));
    }
}
