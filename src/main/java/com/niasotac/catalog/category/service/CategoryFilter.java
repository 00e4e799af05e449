package com.niasotac.catalog.category.service;

import java.util.Optional;

/** The filters of {@code GET /categories}. */
public record CategoryFilter(
        Optional<String> search,
        Optional<Boolean> isMain,
        Optional<Boolean> hasProducts,
        Optional<Integer> level,
        Optional<Long> parent) {}
