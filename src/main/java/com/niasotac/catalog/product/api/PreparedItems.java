package com.niasotac.catalog.product.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.catalog.product.service.ProductRow;
import com.niasotac.catalog.product.service.ShopContact;
import com.niasotac.platform.json.JsonFormat;
import com.niasotac.pricing.service.ActivePromotions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * List items already built, and their JSON, shared by every request. An item is a function of its {@link Key}
 * alone (the row, the promotions, what the request and the clock contribute), so a kept item is exactly the one
 * that would be built: nothing to invalidate. Pricing a product, writing its WhatsApp message and serialising it
 * were most of a product list's CPU time once its rows are kept (docs/performance.md).
 */
@ApplicationScoped
public class PreparedItems {

    /** Items kept: a 100,000-product catalog's busy pages, about 1 KB of JSON and a row each. */
    static final int MAX_ITEMS = 20_000;

    /** What one request contributes to every item it lists. */
    public record Context(
            String mediaBase, Optional<ShopContact.Contact> contact, URI frontendUrl, String greeting, boolean staff) {}

    /** Everything an item is computed from; the promotions snapshot compares by identity. */
    public record Key(ProductRow row, ActivePromotions.Snapshot promotions, Context context, boolean isNew) {}

    private final Cache<Key, ProductResponses.Item> items =
            Caffeine.newBuilder().maximumSize(MAX_ITEMS).build();

    // Weak keys compare by identity: an item built once is written once, and goes when its entry above does.
    private final Cache<ProductResponses.Item, byte[]> json =
            Caffeine.newBuilder().weakKeys().maximumSize(MAX_ITEMS).build();

    public ProductResponses.Item item(Key key, Function<Key, ProductResponses.Item> build) {
        return items.get(key, build);
    }

    /** The item as JSON-B writes it (UTF-8), for {@link ProductPageWriter}. */
    public byte[] json(ProductResponses.Item item) {
        return json.get(item, built -> JsonFormat.JSONB.toJson(built).getBytes(StandardCharsets.UTF_8));
    }
}
