package com.niasotac.catalog.product.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.catalog.product.service.ShownProducts;
import com.niasotac.platform.api.PreparedJson;
import com.niasotac.pricing.service.ActivePromotions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * Product pages already written as JSON, shared by every request: like a list item ({@link PreparedItems}), a page
 * is a function of its {@link Key} alone, so a kept one is exactly the one that would be written. Building and
 * serialising a page were a third of a product read's CPU time once its rows are kept (docs/performance.md).
 */
@ApplicationScoped
public class PreparedDetails {

    /** Pages kept: as many as {@link ShownProducts} keeps products, a few KB each. */
    static final int MAX_PAGES = 10_000;

    /**
     * Everything a page is computed from: the product as read (the same instance while it is kept), the
     * promotions (compared by identity), the request's context (staff included) and whether it is new.
     */
    public record Key(
            ShownProducts.ShownProduct product,
            ActivePromotions.Snapshot promotions,
            PreparedItems.Context context,
            boolean isNew) {}

    private final Cache<Key, PreparedJson> pages =
            Caffeine.newBuilder().maximumSize(MAX_PAGES).build();

    public PreparedJson page(Key key, Function<Key, PreparedJson> write) {
        return pages.get(key, write);
    }
}
