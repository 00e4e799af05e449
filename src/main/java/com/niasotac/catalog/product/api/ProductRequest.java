package com.niasotac.catalog.product.api;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** The body of POST and PUT (and, merged with the current state, PATCH) on products. */
public record ProductRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String name,
        @Size(max = 220) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String slug,
        @Size(min = 3, max = 40)
                @Pattern(
                        regexp = "[A-Z0-9]+(?:-[A-Z0-9]+)*",
                        message = "may contain only upper-case letters, digits and dashes")
                String sku,
        @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z-]+", message = "may contain only letters, digits and dashes")
                String barcode,
        @Size(max = 100) String brand,
        @NotNull @Positive Long category,
        @Size(max = 300) String shortDescription,
        @Size(max = 20_000) String description,
        @Size(max = 20_000) String characteristics,
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal price,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal compareAtPrice,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal costPrice,
        @PositiveOrZero @Max(1_000_000) Integer stockQuantity,
        Boolean inStock,
        Boolean isActive,
        @Size(max = 200) String metaTitle,
        @Size(max = 320) String metaDescription,
        Boolean forceFeatured,
        Boolean forceRecommended,
        Boolean excludeFromFeatured,
        Boolean excludeFromRecommended,
        Instant publishedAt) {}
