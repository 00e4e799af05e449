package com.niasotac.catalog.product.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.decimal;
import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as lists show it (columns: ProductQueries.LIST_COLUMNS). */
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
        boolean inStock,
        int stockQuantity,
        boolean isFeatured,
        boolean isRecommended,
        String shortDescription,
        Instant createdAt,
        long viewCount,
        long whatsappClickCount,
        BigDecimal featuredScore,
        String categoryPath) {

    static final int COLUMNS = 20;

    static ProductRow of(Object[] row) {
        return new ProductRow(
                longValue(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[3]),
                decimal(row[4]),
                decimal(row[5]),
                longValue(row[6]),
                string(row[7]),
                string(row[8]),
                string(row[9]),
                bool(row[10]),
                intValue(row[11]),
                bool(row[12]),
                bool(row[13]),
                string(row[14]),
                instant(row[15]),
                longValue(row[16]),
                longValue(row[17]),
                decimal(row[18]),
                string(row[19]));
    }
}
