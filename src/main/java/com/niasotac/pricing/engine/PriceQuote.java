package com.niasotac.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price of {@code quantity} units: the unit price after unit discounts, the total after free units
 * (buy x get y), what was saved, and the promotions that made the difference.
 */
public record PriceQuote(
        BigDecimal unitPrice,
        BigDecimal finalUnitPrice,
        int quantity,
        BigDecimal total,
        BigDecimal discountTotal,
        List<PromotionRule> applied) {}
