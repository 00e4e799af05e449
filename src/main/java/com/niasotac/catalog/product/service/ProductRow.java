package com.niasotac.catalog.product.service;

import com.niasotac.platform.persistence.NamedRow;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as lists show it (columns by name: ProductQueries.LIST_COLUMNS). {@code mainImageThumbnailKey}: the
 * 320 px fallback of the primary image, null while it has none.
 */
public record ProductRow(
        long id,
        String name,
        String slug,
        String brand,
        BigDecimal price,
        BigDecimal compareAtPrice,
        long categoryId,
        String categoryName,
        String categorySlug,
        String mainImageKey,
        String mainImageThumbnailKey,
        boolean inStock,
        int stockQuantity,
        boolean isFeatured,
        boolean isRecommended,
        String shortDescription,
        Instant createdAt,
        long viewCount,
        long whatsappClickCount,
        BigDecimal featuredScore,
        String categoryPath,
        boolean isActive) {

    static ProductRow of(NamedRow row) {
        return new ProductRow(
                row.longValue("id"),
                row.string("name"),
                row.string("slug"),
                row.string("brand"),
                row.decimal("price"),
                row.decimal("compare_at_price"),
                row.longValue("category_id"),
                row.string("category_name"),
                row.string("category_slug"),
                row.string("main_image_key"),
                row.string("main_image_thumbnail_key"),
                row.bool("in_stock"),
                row.intValue("stock_quantity"),
                row.bool("is_featured"),
                row.bool("is_recommended"),
                row.string("short_description"),
                row.instant("created_at"),
                row.longValue("view_count"),
                row.longValue("whatsapp_click_count"),
                row.decimal("featured_score"),
                row.string("category_path"),
                row.bool("is_active"));
    }
}
