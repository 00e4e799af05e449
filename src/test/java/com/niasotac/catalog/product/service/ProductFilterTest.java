package com.niasotac.catalog.product.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductFilterTest {

    private static ProductFilter filter(Optional<Boolean> hasDiscount, ProductFilter.Thresholds thresholds) {
        return new ProductFilter(
                Optional.of("lenovo"),
                Optional.of("thinkpad"),
                Optional.of("/1/"),
                List.of("Lenovo"),
                Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.TEN),
                Optional.of(true),
                Optional.of(false),
                Optional.of(true),
                hasDiscount,
                Optional.of(Instant.EPOCH),
                Optional.of(Instant.EPOCH.plusSeconds(60)),
                Optional.of(true),
                thresholds);
    }

    @Test
    void catalogColumnsAloneAreKeptUntilTheCatalogChanges() {
        ProductFilter.Thresholds stock =
                new ProductFilter.Thresholds(Optional.of(1), Optional.of(5), Optional.empty(), Optional.empty());
        assertThat(filter(Optional.empty(), stock).matchesOnlyCatalogColumns()).isTrue();
        assertThat(ProductFilter.none().matchesOnlyCatalogColumns()).isTrue();
    }

    @Test
    void discountsViewsAndClicksMoveWithoutACatalogWrite() {
        ProductFilter.Thresholds none = ProductFilter.Thresholds.none();
        assertThat(filter(Optional.of(true), none).matchesOnlyCatalogColumns()).isFalse();
        assertThat(filter(Optional.of(false), none).matchesOnlyCatalogColumns()).isFalse();
        assertThat(filter(
                                Optional.empty(),
                                new ProductFilter.Thresholds(
                                        Optional.empty(), Optional.empty(), Optional.of(10L), Optional.empty()))
                        .matchesOnlyCatalogColumns())
                .isFalse();
        assertThat(filter(
                                Optional.empty(),
                                new ProductFilter.Thresholds(
                                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1L)))
                        .matchesOnlyCatalogColumns())
                .isFalse();
    }
}
