package com.niasotac.catalog.product.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The filters of {@code GET /products}; {@code categoryPath} is the subtree of category / category_slug, and
 * {@code brands} matches any of them (none: every brand).
 */
public record ProductFilter(
        Optional<String> search,
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
        Optional<Boolean> isActive) {

    public static ProductFilter none() {
        return new ProductFilter(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public ProductFilter withCategoryPath(String path) {
        return new ProductFilter(
                search,
                Optional.of(path),
                brands,
                minPrice,
                maxPrice,
                inStock,
                isFeatured,
                isRecommended,
                hasDiscount,
                createdAfter,
                createdBefore,
                isActive);
    }
}
