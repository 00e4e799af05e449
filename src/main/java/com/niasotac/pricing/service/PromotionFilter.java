package com.niasotac.pricing.service;

import java.time.Instant;
import java.util.Optional;

/** The filters of {@code GET /promotions}. */
public record PromotionFilter(
        Optional<String> search,
        Optional<String> name,
        Optional<String> code,
        Optional<String> promotionType,
        Optional<Boolean> active,
        Optional<Boolean> isActiveNow,
        Optional<Boolean> isStackable,
        Optional<Boolean> appliesToAll,
        Optional<Instant> startAfter,
        Optional<Instant> endBefore) {

    /** No filter at all. */
    public static PromotionFilter none() {
        return new PromotionFilter(
                Optional.empty(),
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
}
