package com.niasotac.catalog.product.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.decimal;
import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.string;

import java.math.BigDecimal;
import java.time.Instant;

/** Everything the detail shows (columns: ProductQueries.DETAIL_COLUMNS, after the list's). */
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

    static ProductDetailRow of(Object[] row) {
        int i = ProductRow.COLUMNS;
        return new ProductDetailRow(
                ProductRow.of(row),
                string(row[i]),
                string(row[i + 1]),
                string(row[i + 2]),
                intValue(row[i + 3]),
                string(row[i + 4]),
                string(row[i + 5]),
                string(row[i + 6]),
                decimal(row[i + 7]),
                instant(row[i + 8]),
                instant(row[i + 9]),
                decimal(row[i + 10]),
                bool(row[i + 11]),
                bool(row[i + 12]),
                bool(row[i + 13]),
                bool(row[i + 14]),
                bool(row[i + 15]),
                instant(row[i + 16]),
                string(row[i + 17]));
    }
}
