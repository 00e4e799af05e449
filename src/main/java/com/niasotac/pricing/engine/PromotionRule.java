package com.niasotac.pricing.engine;

import java.math.BigDecimal;

/** What the engine needs to know of one promotion that applies to a product. */
public record PromotionRule(
        long id,
        String slug,
        String name,
        PromotionType type,
        BigDecimal value,
        Integer buyX,
        Integer getY,
        boolean stackable) {}
