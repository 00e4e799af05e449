package com.niasotac.pricing.service;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The body of POST and PUT (and, merged with the current state, PATCH) on promotions. */
public record PromotionRequest(
        @NotBlank @Size(max = 150) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String name,
        @Size(max = 170) @Pattern(regexp = Slugs.PATTERN, message = Slugs.PATTERN_MESSAGE) String slug,
        @Size(min = 3, max = 50)
                @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, _ and -")
                String code,
        @NotNull
                @Pattern(
                        regexp = "percent|amount|set_price|bogo",
                        message = "must be percent, amount, set_price or bogo")
                String promotionType,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal value,
        @Positive @Max(1000) Integer buyX,
        @Positive @Max(1000) Integer getY,
        Boolean appliesToAll,
        @Size(max = 1000) List<@NotNull Long> products,
        @Size(max = 200) List<@NotNull Long> categories,
        Instant startAt,
        Instant endAt,
        Boolean active,
        @Positive Integer usageLimit,
        @Positive Integer perCustomerLimit,
        Boolean isStackable) {}
