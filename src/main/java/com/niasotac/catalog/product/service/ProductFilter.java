package com.niasotac.catalog.product.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The filters of {@code GET /products}; {@code categoryPath} is the subtree of category / category_slug,
 * {@code brands} matches any of them (none: every brand) and {@code name} a part of the name.
 */
public record ProductFilter(
        Optional<String> search,
        Optional<String> name,
        Optional<String> categoryPath,
        List<String> brands,
        Optional<BigDecimal> minPrice,
        Optional<BigDecimal> maxPrice,
        Optional<Boolean> inStock,
        Optional<Boolean> isFeatured,
        Optional<Boolean> isRecommended,
        Optional<Boolean> hasDiscount,
        Optional<Instant> createdAfter,
        Optional<Instant> createdBefore,
        Optional<Boolean> isActive,
        Thresholds thresholds) {

    /** Staff's lower and upper bounds on the stock and the all-time view and WhatsApp click counts. */
    public record Thresholds(
            Optional<Integer> minStock, Optional<Integer> maxStock, Optional<Long> minViews, Optional<Long> minClicks) {

        public static Thresholds none() {
            return new Thresholds(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * Whether nothing but a category subtree and the active flag is asked for: such a list's count is a sum of
     * the per-category counts the database keeps, not a scan of the products.
     */
    public boolean byCategoryAtMost() {
        return new ProductFilter(
                        search,
                        name,
                        categoryPath,
                        brands,
                        minPrice,
                        maxPrice,
                        inStock,
                        isFeatured,
                        isRecommended,
                        hasDiscount,
                        createdAfter,
                        createdBefore,
                        Optional.empty(),
                        thresholds)
                .equals(inCategory(categoryPath));
    }

    /**
     * Whether what the filter matches changes only when products or categories are written: not with the
     * clock and the promotions (a discount), nor with the view and click counters.
     */
    public boolean matchesOnlyCatalogColumns() {
        return hasDiscount.isEmpty()
                && thresholds.minViews().isEmpty()
                && thresholds.minClicks().isEmpty();
    }

    public static ProductFilter none() {
        return inCategory(Optional.empty());
    }

    public static ProductFilter inCategory(String path) {
        return inCategory(Optional.of(path));
    }

    private static ProductFilter inCategory(Optional<String> path) {
        return new ProductFilter(
                Optional.empty(),
                Optional.empty(),
                path,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Thresholds.none());
    }
}
