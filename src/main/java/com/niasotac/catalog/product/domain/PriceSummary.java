package com.niasotac.catalog.product.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price figures every product response shows. The reference price is compare_at_price when it is above
 * the price, else the price; a discount is whatever the customer pays below that reference.
 */
public record PriceSummary(
        BigDecimal price,
        BigDecimal compareAtPrice,
        BigDecimal finalPrice,
        BigDecimal discountAmount,
        boolean hasDiscount,
        BigDecimal discountPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static PriceSummary of(BigDecimal price, BigDecimal compareAtPrice, BigDecimal finalPrice) {
        BigDecimal reference = compareAtPrice != null && compareAtPrice.compareTo(price) > 0 ? compareAtPrice : price;
        BigDecimal discount =
                reference.subtract(finalPrice).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        boolean hasDiscount = discount.signum() > 0;
        BigDecimal percent = hasDiscount
                ? discount.multiply(HUNDRED).divide(reference, 2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        return new PriceSummary(
                price, compareAtPrice, finalPrice.setScale(2, RoundingMode.HALF_UP), discount, hasDiscount, percent);
    }
}
