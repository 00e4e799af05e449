package com.niasotac.catalog.product.service;

/**
 * The curated public lists: active, in-stock products chosen and ordered by one rule each
 * ({@code /products/featured}, {@code /recommended}, {@code /on_sale}, {@code /new_arrivals}, {@code /best_sellers}).
 */
public enum Showcase {
    FEATURED("p.is_featured", "p.featured_score DESC, p.created_at DESC"),
    RECOMMENDED("p.is_recommended", "p.recommendation_score DESC, p.created_at DESC"),
    ON_SALE(ProductQueries.HAS_DISCOUNT, "p.created_at DESC"),
    NEW_ARRIVALS("p.created_at >= now() - interval '30 days'", "p.created_at DESC"),
    BEST_SELLERS("true", "p.whatsapp_click_count DESC, p.view_count DESC");

    final String condition;
    final String order;

    Showcase(String condition, String order) {
        this.condition = condition;
        this.order = order;
    }
}
