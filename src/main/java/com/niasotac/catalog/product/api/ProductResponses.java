package com.niasotac.catalog.product.api;

import com.niasotac.pricing.api.QuoteResponses.AppliedPromotion;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of product responses (contract: Catalog > Products). */
public final class ProductResponses {

    private ProductResponses() {}

    @JsonbPropertyOrder({
        "id",
        "name",
        "slug",
        "brand",
        "price",
        "compareAtPrice",
        "finalPrice",
        "discountAmount",
        "hasDiscount",
        "discountPercent",
        "category",
        "categoryName",
        "categorySlug",
        "mainImage",
        "mainImageThumbnail",
        "inStock",
        "isInStock",
        "stockQuantity",
        "isNew",
        "isFeatured",
        "isRecommended",
        "shortDescription",
        "whatsappLink",
        "createdAt",
        "isActive",
        "viewCount",
        "whatsappClickCount"
    })
    @Schema(name = "ProductItem")
    public record Item(
            long id,
            String name,
            String slug,
            String brand,
            BigDecimal price,
            BigDecimal compareAtPrice,
            BigDecimal finalPrice,
            BigDecimal discountAmount,
            boolean hasDiscount,
            BigDecimal discountPercent,
            long category,
            String categoryName,
            String categorySlug,
            String mainImage,
            @Schema(
                            description =
                                    "the primary image at most 320 px wide (JPEG, or PNG when transparent): what a"
                                            + " product card shows; main_image's URL while its variants are not made yet")
                    String mainImageThumbnail,
            boolean inStock,
            boolean isInStock,
            int stockQuantity,
            boolean isNew,
            boolean isFeatured,
            boolean isRecommended,
            String shortDescription,
            String whatsappLink,
            Instant createdAt,
            // staff lists only (the back-office's columns); absent, not null, for everyone else
            @JsonbNillable(false) @Schema(description = "staff lists only") Boolean isActive,
            @JsonbNillable(false) @Schema(description = "staff lists only") Long viewCount,
            @JsonbNillable(false) @Schema(description = "staff lists only") Long whatsappClickCount) {

        // By identity, as Envelope and Page are: Yasson hashes every object it writes (twenty a page).
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @JsonbPropertyOrder({"id", "name", "slug", "level", "fullPath"})
    @Schema(name = "ProductCategory")
    public record CategoryRef(long id, String name, String slug, int level, String fullPath) {}

    /**
     * {@code image} repeats {@code url}: the shop's frontend reads that name (the Django API's). {@code thumbnails}:
     * by the width they fit ("320", "800"), empty until they are made.
     */
    @JsonbPropertyOrder({"id", "url", "image", "altText", "isPrimary", "order", "width", "height", "thumbnails"})
    @Schema(name = "ProductImage")
    public record Image(
            long id,
            String url,
            String image,
            String altText,
            boolean isPrimary,
            int order,
            int width,
            int height,
            @Schema(
                            description = "smaller copies by the width they fit, \"320\" (grids) and \"800\" (the"
                                    + " product page); empty until they are made")
                    Map<String, Thumbnail> thumbnails) {

        public Image(
                long id,
                String url,
                String altText,
                boolean isPrimary,
                int order,
                int width,
                int height,
                Map<String, Thumbnail> thumbnails) {
            this(id, url, url, altText, isPrimary, order, width, height, thumbnails);
        }
    }

    /**
     * One smaller copy of an image, at most its key's width and never wider than the original: as WebP, and as
     * {@code fallback}, a JPEG (a PNG when the picture has transparent pixels) for browsers without WebP.
     */
    @JsonbPropertyOrder({"width", "height", "webp", "fallback"})
    @Schema(name = "ProductImageThumbnail")
    public record Thumbnail(int width, int height, String webp, String fallback) {}

    @JsonbPropertyOrder({
        "id",
        "name",
        "slug",
        "sku",
        "barcode",
        "brand",
        "description",
        "characteristics",
        "shortDescription",
        "price",
        "compareAtPrice",
        "finalPrice",
        "discountAmount",
        "hasDiscount",
        "discountPercent",
        "appliedPromotion",
        "category",
        "categoryName",
        "categorySlug",
        "mainImage",
        "mainImageThumbnail",
        "images",
        "inStock",
        "isInStock",
        "stockQuantity",
        "isNew",
        "isFeatured",
        "isRecommended",
        "viewCount",
        "whatsappClickCount",
        "featuredScore",
        "recommendationScore",
        "whatsappLink",
        "metaTitle",
        "metaDescription",
        "publishedAt",
        "createdAt",
        "updatedAt"
    })
    @Schema(name = "ProductDetail")
    public record Detail(
            long id,
            String name,
            String slug,
            String sku,
            String barcode,
            String brand,
            String description,
            String characteristics,
            String shortDescription,
            BigDecimal price,
            BigDecimal compareAtPrice,
            BigDecimal finalPrice,
            BigDecimal discountAmount,
            boolean hasDiscount,
            BigDecimal discountPercent,
            AppliedPromotion appliedPromotion,
            CategoryRef category,
            String categoryName,
            String categorySlug,
            String mainImage,
            @Schema(
                            description =
                                    "the primary image at most 320 px wide (JPEG, or PNG when transparent): what a"
                                            + " product card shows; main_image's URL while its variants are not made yet")
                    String mainImageThumbnail,
            List<Image> images,
            boolean inStock,
            boolean isInStock,
            int stockQuantity,
            boolean isNew,
            boolean isFeatured,
            boolean isRecommended,
            long viewCount,
            long whatsappClickCount,
            BigDecimal featuredScore,
            BigDecimal recommendationScore,
            String whatsappLink,
            String metaTitle,
            String metaDescription,
            Instant publishedAt,
            Instant createdAt,
            Instant updatedAt) {}

    /** What only staff see of a product, added to the detail. */
    @JsonbPropertyOrder({
        "costPrice",
        "isActive",
        "forceFeatured",
        "forceRecommended",
        "excludeFromFeatured",
        "excludeFromRecommended"
    })
    public record StaffFields(
            BigDecimal costPrice,
            boolean isActive,
            boolean forceFeatured,
            boolean forceRecommended,
            boolean excludeFromFeatured,
            boolean excludeFromRecommended) {}

    public record ClickCount(long whatsappClickCount) {}

    public record ViewCount(long viewCount) {}
}
