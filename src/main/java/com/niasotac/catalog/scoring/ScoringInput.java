package com.niasotac.catalog.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything one product's scores depend on. {@code categoryViewPercentile} is PostgreSQL's
 * {@code percent_rank() × 100} of the product's view count among the active products of its category, null
 * when the product is alone there; {@code categoryAveragePrice} the average price of the category's active,
 * in-stock products, null when there is none. {@code stockQuantity} is 0 when the product is marked out of stock.
 */
public record ScoringInput(
        BigDecimal price,
        BigDecimal finalPrice,
        BigDecimal compareAtPrice,
        BigDecimal costPrice,
        int stockQuantity,
        long viewCount,
        long viewsLast30Days,
        long whatsappClickCount,
        Instant createdAt,
        Instant lastViewedAt,
        BigDecimal categoryAveragePrice,
        BigDecimal categoryViewPercentile,
        Overrides overrides) {

    /** Staff decisions that pin a score: force → 100 and shown; exclude → 0 and hidden (exclude wins). */
    public record Overrides(
            boolean forceFeatured,
            boolean forceRecommended,
            boolean excludeFromFeatured,
            boolean excludeFromRecommended) {

        public static final Overrides NONE = new Overrides(false, false, false, false);
    }

    public ScoringInput {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive");
        }
        if (finalPrice == null || createdAt == null || overrides == null) {
            throw new IllegalArgumentException("finalPrice, createdAt and overrides are required");
        }
        if (stockQuantity < 0 || viewCount < 0 || viewsLast30Days < 0 || whatsappClickCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
