package com.niasotac.catalog.product.api;

import com.niasotac.catalog.product.domain.PriceSummary;
import com.niasotac.catalog.product.service.ProductDetailRow;
import com.niasotac.catalog.product.service.ProductImageService;
import com.niasotac.catalog.product.service.ProductRow;
import com.niasotac.catalog.product.service.ShopContact;
import com.niasotac.catalog.product.service.ShownProducts;
import com.niasotac.catalog.product.service.WhatsappMessages;
import com.niasotac.platform.api.PreparedJson;
import com.niasotac.platform.config.Settings;
import com.niasotac.platform.json.JsonObjects;
import com.niasotac.platform.media.MediaUrls;
import com.niasotac.platform.media.VariantFiles;
import com.niasotac.pricing.api.QuoteResponses;
import com.niasotac.pricing.engine.PriceQuote;
import com.niasotac.pricing.engine.PricingEngine;
import com.niasotac.pricing.service.ActivePromotions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns product rows into the contract's response shapes for one request (its base URL, its clock). */
@RequestScoped
public class ProductViews {

    static final Duration NEW_FOR = Duration.ofDays(30);

    @Inject
    MediaUrls mediaUrls;

    @Inject
    Settings settings;

    @Inject
    ShopContact shopContact;

    private final Instant now = Instant.now();
    private Optional<ShopContact.Contact> contact;

    @Inject
    ActivePromotions activePromotions;

    @Inject
    PreparedItems prepared;

    @Inject
    PreparedDetails preparedDetails;

    private final PricingEngine engine = new PricingEngine();
    private ActivePromotions.Snapshot promotions;
    private PreparedItems.Context publicContext;
    private PreparedItems.Context staffContext;

    /** What {@code quantity} units cost with the promotions active now (loaded once per request). */
    public PriceQuote quote(ProductRow row, int quantity) {
        return engine.quote(row.price(), quantity, promotions().forProduct(row.id(), row.categoryPath()));
    }

    private ActivePromotions.Snapshot promotions() {
        if (promotions == null) {
            promotions = activePromotions.now();
        }
        return promotions;
    }

    public PriceSummary price(ProductRow row) {
        return PriceSummary.of(row.price(), row.compareAtPrice(), quote(row, 1).finalUnitPrice());
    }

    /**
     * {@code staff}: with the active flag and the counters the back-office's list shows. Prepared once for the
     * same row, promotions and request context ({@link PreparedItems}).
     */
    public ProductResponses.Item item(ProductRow row, boolean staff) {
        return prepared.item(
                new PreparedItems.Key(row, promotions(), context(staff), isNew(row)), key -> build(row, staff));
    }

    private PreparedItems.Context context(boolean staff) {
        if (staff ? staffContext == null : publicContext == null) {
            PreparedItems.Context context = new PreparedItems.Context(
                    mediaUrls.base(), contact(), settings.frontendUrl(), WhatsappMessages.greeting(now), staff);
            if (staff) {
                staffContext = context;
            } else {
                publicContext = context;
            }
        }
        return staff ? staffContext : publicContext;
    }

    private ProductResponses.Item build(ProductRow row, boolean staff) {
        PriceSummary price = price(row);
        return new ProductResponses.Item(
                row.id(),
                row.name(),
                row.slug(),
                row.brand(),
                price.price(),
                price.compareAtPrice(),
                price.finalPrice(),
                price.discountAmount(),
                price.hasDiscount(),
                price.discountPercent(),
                row.categoryId(),
                row.categoryName(),
                row.categorySlug(),
                mediaUrls.url(row.mainImageKey()),
                mediaUrls.url(thumbnailKey(row)),
                row.inStock(),
                row.inStock(),
                row.stockQuantity(),
                isNew(row),
                row.isFeatured(),
                row.isRecommended(),
                row.shortDescription(),
                whatsappLink(row, price),
                row.createdAt(),
                staff ? row.isActive() : null,
                staff ? row.viewCount() : null,
                staff ? row.whatsappClickCount() : null);
    }

    public List<ProductResponses.Item> items(List<ProductRow> rows) {
        return items(rows, false);
    }

    public List<ProductResponses.Item> items(List<ProductRow> rows, boolean staff) {
        return rows.stream().map(row -> item(row, staff)).toList();
    }

    /** A product's page as JSON, written once for the same product, promotions and request context. */
    public PreparedJson shown(ShownProducts.ShownProduct product, boolean staff) {
        ProductRow row = product.detail().summary();
        return preparedDetails.page(
                new PreparedDetails.Key(product, promotions(), context(staff), isNew(row)),
                key -> PreparedJson.of(shown(product.detail(), product.images(), staff)));
    }

    /**
     * The detail as it is shown; for staff, one object with the staff fields too (the two written, read back and
     * merged: a third of a detail's time, so only for them).
     */
    public Object shown(ProductDetailRow detail, List<ProductImageService.ImageRow> images, boolean staff) {
        ProductResponses.Detail shown = detail(detail, images);
        return staff ? JsonObjects.merged(shown, staffFields(detail)) : shown;
    }

    public ProductResponses.Detail detail(ProductDetailRow detail, List<ProductImageService.ImageRow> images) {
        ProductRow row = detail.summary();
        PriceSummary price = price(row);
        return new ProductResponses.Detail(
                row.id(),
                row.name(),
                row.slug(),
                detail.sku(),
                detail.barcode(),
                row.brand(),
                detail.description(),
                detail.characteristics(),
                row.shortDescription(),
                price.price(),
                price.compareAtPrice(),
                price.finalPrice(),
                price.discountAmount(),
                price.hasDiscount(),
                price.discountPercent(),
                quote(row, 1).applied().stream()
                        .findFirst()
                        .map(QuoteResponses.AppliedPromotion::of)
                        .orElse(null),
                new ProductResponses.CategoryRef(
                        row.categoryId(),
                        row.categoryName(),
                        row.categorySlug(),
                        detail.categoryLevel(),
                        detail.categoryFullPath()),
                row.categoryName(),
                row.categorySlug(),
                mediaUrls.url(row.mainImageKey()),
                mediaUrls.url(thumbnailKey(row)),
                images.stream().map(this::image).toList(),
                row.inStock(),
                row.inStock(),
                row.stockQuantity(),
                isNew(row),
                row.isFeatured(),
                row.isRecommended(),
                row.viewCount(),
                row.whatsappClickCount(),
                row.featuredScore(),
                detail.recommendationScore(),
                whatsappLink(row, price),
                detail.metaTitle(),
                detail.metaDescription(),
                detail.publishedAt(),
                row.createdAt(),
                detail.updatedAt());
    }

    public ProductResponses.StaffFields staffFields(ProductDetailRow detail) {
        return new ProductResponses.StaffFields(
                detail.costPrice(),
                detail.active(),
                detail.forceFeatured(),
                detail.forceRecommended(),
                detail.excludeFromFeatured(),
                detail.excludeFromRecommended());
    }

    public ProductResponses.Image image(ProductImageService.ImageRow image) {
        return new ProductResponses.Image(
                image.id(),
                mediaUrls.url(image.storageKey()),
                image.altText(),
                image.primary(),
                image.order(),
                image.width(),
                image.height(),
                thumbnails(image.variants()));
    }

    /** The primary image's grid-sized fallback, or the image itself while it has no variants. */
    private static String thumbnailKey(ProductRow row) {
        return row.mainImageThumbnailKey() != null ? row.mainImageThumbnailKey() : row.mainImageKey();
    }

    private Map<String, ProductResponses.Thumbnail> thumbnails(List<VariantFiles.Stored> variants) {
        Map<String, ProductResponses.Thumbnail> shown = new LinkedHashMap<>();
        variants.forEach(v -> shown.put(
                Integer.toString(v.maxWidth()),
                new ProductResponses.Thumbnail(
                        v.width(), v.height(), mediaUrls.url(v.webpKey()), mediaUrls.url(v.fallbackKey()))));
        return shown;
    }

    private boolean isNew(ProductRow row) {
        return row.createdAt().isAfter(now.minus(NEW_FOR));
    }

    private Optional<ShopContact.Contact> contact() {
        if (contact == null) {
            contact = shopContact.current(); // once per request, not per product
        }
        return contact;
    }

    private String whatsappLink(ProductRow row, PriceSummary price) {
        return contact()
                .map(c -> WhatsappMessages.link(
                        c.whatsappNumber(),
                        c.companyName(),
                        settings.frontendUrl(),
                        new WhatsappMessages.Product(row.name(), row.brand(), row.slug(), price),
                        now))
                .orElse(null);
    }
}
