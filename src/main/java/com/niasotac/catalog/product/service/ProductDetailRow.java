package com.niasotac.catalog.product.service;

import com.niasotac.platform.persistence.NamedRow;
import java.math.BigDecimal;
import java.time.Instant;

/** Everything the detail shows (columns by name: ProductQueries.DETAIL_COLUMNS). */
public record ProductDetailRow(
        ProductRow summary,
        String sku,
        String barcode,
        String description,
        int categoryLevel,
        String categoryFullPath,
        String metaTitle,
        String metaDescription,
        BigDecimal recommendationScore,
        Instant publishedAt,
        Instant updatedAt,
        BigDecimal costPrice,
        boolean active,
        boolean forceFeatured,
        boolean forceRecommended,
        boolean excludeFromFeatured,
        boolean excludeFromRecommended,
        Instant lastViewedAt,
        String characteristics) {

    static ProductDetailRow of(NamedRow row) {
        return new ProductDetailRow(
                ProductRow.of(row),
                row.string("sku"),
                row.string("barcode"),
                row.string("description"),
                row.intValue("category_level"),
                row.string("category_full_path"),
                row.string("meta_title"),
                row.string("meta_description"),
                row.decimal("recommendation_score"),
                row.instant("published_at"),
                row.instant("updated_at"),
                row.decimal("cost_price"),
                row.bool("is_active"),
                row.bool("force_featured"),
                row.bool("force_recommended"),
                row.bool("exclude_from_featured"),
                row.bool("exclude_from_recommended"),
                row.instant("last_viewed_at"),
                row.string("characteristics"));
    }
}
