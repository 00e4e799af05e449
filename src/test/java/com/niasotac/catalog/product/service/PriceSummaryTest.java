package com.niasotac.catalog.product.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.catalog.product.domain.PriceSummary;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceSummaryTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aCompareAtPriceAboveThePriceIsTheReference() {
        PriceSummary summary = PriceSummary.of(d("450000"), d("500000"), d("450000"));

        assertThat(summary.hasDiscount()).isTrue();
        assertThat(summary.discountAmount()).isEqualByComparingTo("50000.00");
        assertThat(summary.discountPercent()).isEqualByComparingTo("10.00");
        assertThat(summary.finalPrice()).isEqualByComparingTo("450000.00");
    }

    @Test
    void aPromotionBelowThePriceIsADiscountEvenWithoutCompareAtPrice() {
        PriceSummary summary = PriceSummary.of(d("30000"), null, d("20000"));

        assertThat(summary.hasDiscount()).isTrue();
        assertThat(summary.discountAmount()).isEqualByComparingTo("10000.00");
        assertThat(summary.discountPercent()).isEqualByComparingTo("33.33");
    }

    @Test
    void noDiscountWhenThePriceIsPaidAndCompareAtIsNotAbove() {
        PriceSummary summary = PriceSummary.of(d("30000"), d("25000"), d("30000"));

        assertThat(summary.hasDiscount()).isFalse();
        assertThat(summary.discountAmount()).isEqualByComparingTo("0");
        assertThat(summary.discountPercent()).isEqualByComparingTo("0");
    }
}
