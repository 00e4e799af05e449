package com.niasotac.catalog.category.service;

import java.util.Optional;

/**
 * The filters of {@code GET /categories} and {@code /categories/minimal}: {@code search} and {@code name} match
 * a part (ignoring case and accents), {@code slug} the whole slug.
 */
public record CategoryFilter(
        Optional<String> search,
        Optional<String> name,
        Optional<String> slug,
        Optional<Boolean> isMain,
        Optional<Boolean> hasProducts,
        Optional<Integer> level,
        Optional<Long> parent) {

    public static CategoryFilter none() {
        return new CategoryFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
