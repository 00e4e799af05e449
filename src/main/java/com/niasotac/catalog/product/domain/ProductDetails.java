package com.niasotac.catalog.product.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The editable fields of a product, validated, as the service hands them to the entity. */
public record ProductDetails(
        String name,
        String barcode,
        String brand,
        long categoryId,
        String shortDescription,
        String description,
        String characteristics,
        BigDecimal price,
        BigDecimal compareAtPrice,
        BigDecimal costPrice,
        int stockQuantity,
        boolean inStock,
        boolean active,
        String metaTitle,
        String metaDescription,
        boolean forceFeatured,
        boolean forceRecommended,
        boolean excludeFromFeatured,
        boolean excludeFromRecommended,
        Instant publishedAt) {}
