package com.niasotac.dashboard.service;

import com.niasotac.catalog.product.service.ProductQueries;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.pricing.service.ActivePromotions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The back-office dashboard's figures, in five statements whatever the size of the shop: the counts together,
 * then each list. "The last 30 days" are the exact daily counts of views and WhatsApp clicks (today included).
 */
@ApplicationScoped
public class DashboardFigures {

    public static final int DEFAULT_LOW_STOCK = 10;
    static final int TOP = 10;
    static final int DAYS = 30;

    public record ProductCounts(
            long active, long outOfStock, long lowStock, int lowStockThreshold, long featured, long onSale) {}

    public record PromotionCounts(long activeNow) {}

    public record SubscriberCounts(long confirmed, long pending) {}

    public record Viewed(long id, String name, String slug, long views) {}

    public record Clicked(long id, String name, String slug, long clicks) {}

    public record LowStock(long id, String name, String slug, int stockQuantity) {}

    public record Sending(long id, String name, int sentCount, int failedCount, int recipientsCount) {}

    public record Figures(
            ProductCounts products,
            PromotionCounts promotions,
            SubscriberCounts subscribers,
            List<Viewed> topViewed,
            List<Clicked> topClicked,
            List<LowStock> lowStockProducts,
            List<Sending> campaignsSending) {}

    @PersistenceContext
    EntityManager em;

    public Figures now(int lowStockThreshold) {
        NamedRow counts = NamedRow.all(NamedRow.query(
                                em,
                                """
                        SELECT (SELECT count(*) FROM product p WHERE p.is_active) AS active,
                               (SELECT count(*) FROM product p WHERE p.is_active AND NOT p.in_stock) AS out_of_stock,
                               (SELECT count(*) FROM product p
                                WHERE p.is_active AND p.stock_quantity > 0 AND p.stock_quantity <= ?1) AS low_stock,
                               (SELECT count(*) FROM product p WHERE p.is_active AND p.in_stock AND p.is_featured)
                                 AS featured,
                               (SELECT count(*) FROM product p WHERE p.is_active AND p.in_stock AND """
                                        + ProductQueries.HAS_DISCOUNT
                                        + ") AS on_sale, (SELECT count(*) FROM promotion p WHERE "
                                        + ActivePromotions.ACTIVE_NOW
                                        + """
                        ) AS active_promotions,
                               (SELECT count(*) FROM newsletter_subscriber s WHERE s.confirmed AND s.subscribed)
                                 AS confirmed_subscribers,
                               (SELECT count(*) FROM newsletter_subscriber s WHERE NOT s.confirmed AND s.subscribed)
                                 AS pending_subscribers""")
                        .setParameter(1, lowStockThreshold))
                .get(0);
        return new Figures(
                new ProductCounts(
                        counts.longValue("active"),
                        counts.longValue("out_of_stock"),
                        counts.longValue("low_stock"),
                        lowStockThreshold,
                        counts.longValue("featured"),
                        counts.longValue("on_sale")),
                new PromotionCounts(counts.longValue("active_promotions")),
                new SubscriberCounts(
                        counts.longValue("confirmed_subscribers"), counts.longValue("pending_subscribers")),
                top("product_view_day", "views").stream()
                        .map(r ->
                                new Viewed(r.longValue("id"), r.string("name"), r.string("slug"), r.longValue("total")))
                        .toList(),
                top("product_click_day", "clicks").stream()
                        .map(r -> new Clicked(
                                r.longValue("id"), r.string("name"), r.string("slug"), r.longValue("total")))
                        .toList(),
                lowStock(lowStockThreshold),
                sending());
    }

    /** The ten active products with the most of {@code column} in {@code table} over the last 30 days. */
    private List<NamedRow> top(String table, String column) {
        return NamedRow.all(NamedRow.query(
                        em,
                        "SELECT p.id, p.name, p.slug, sum(d." + column + ") AS total FROM " + table
                                + " d JOIN product p ON p.id = d.product_id"
                                + " WHERE p.is_active AND d.day > (now() AT TIME ZONE 'UTC')::date - ?1"
                                + " GROUP BY p.id, p.name, p.slug ORDER BY 4 DESC, p.id LIMIT ?2")
                .setParameter(1, DAYS)
                .setParameter(2, TOP));
    }

    private List<LowStock> lowStock(int threshold) {
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT p.id, p.name, p.slug, p.stock_quantity FROM product p
                        WHERE p.is_active AND p.stock_quantity > 0 AND p.stock_quantity <= ?1
                        ORDER BY p.stock_quantity, p.name, p.id LIMIT ?2""")
                .setParameter(1, threshold)
                .setParameter(2, TOP));
        return rows.stream()
                .map(r -> new LowStock(
                        r.longValue("id"), r.string("name"), r.string("slug"), r.intValue("stock_quantity")))
                .toList();
    }

    private List<Sending> sending() {
        List<NamedRow> rows = NamedRow.all(
                NamedRow.query(
                        em,
                        """
                        SELECT c.id, c.name, c.sent_count, c.failed_count, c.recipients_count FROM newsletter_campaign c
                        WHERE c.status = 'sending' ORDER BY c.started_at, c.id"""));
        return rows.stream()
                .map(r -> new Sending(
                        r.longValue("id"),
                        r.string("name"),
                        r.intValue("sent_count"),
                        r.intValue("failed_count"),
                        r.intValue("recipients_count")))
                .toList();
    }
}
