package com.niasotac.dashboard.service;

import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.catalog.product.service.ProductQueries;
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
        Object[] counts = (Object[]) em.createNativeQuery(
                        """
                        SELECT (SELECT count(*) FROM product p WHERE p.is_active),
                               (SELECT count(*) FROM product p WHERE p.is_active AND NOT p.in_stock),
                               (SELECT count(*) FROM product p
                                WHERE p.is_active AND p.stock_quantity > 0 AND p.stock_quantity <= ?1),
                               (SELECT count(*) FROM product p WHERE p.is_active AND p.in_stock AND p.is_featured),
                               (SELECT count(*) FROM product p WHERE p.is_active AND p.in_stock AND """
                                + ProductQueries.HAS_DISCOUNT
                                + "), (SELECT count(*) FROM promotion p WHERE " + ActivePromotions.ACTIVE_NOW
                                + """
                        ),
                               (SELECT count(*) FROM newsletter_subscriber s WHERE s.confirmed AND s.subscribed),
                               (SELECT count(*) FROM newsletter_subscriber s WHERE NOT s.confirmed AND s.subscribed)""")
                .setParameter(1, lowStockThreshold)
                .getSingleResult();
        return new Figures(
                new ProductCounts(
                        longValue(counts[0]),
                        longValue(counts[1]),
                        longValue(counts[2]),
                        lowStockThreshold,
                        longValue(counts[3]),
                        longValue(counts[4])),
                new PromotionCounts(longValue(counts[5])),
                new SubscriberCounts(longValue(counts[6]), longValue(counts[7])),
                top("product_view_day", "views").stream()
                        .map(r -> new Viewed(longValue(r[0]), string(r[1]), string(r[2]), longValue(r[3])))
                        .toList(),
                top("product_click_day", "clicks").stream()
                        .map(r -> new Clicked(longValue(r[0]), string(r[1]), string(r[2]), longValue(r[3])))
                        .toList(),
                lowStock(lowStockThreshold),
                sending());
    }

    /** The ten active products with the most of {@code column} in {@code table} over the last 30 days. */
    @SuppressWarnings("unchecked")
    private List<Object[]> top(String table, String column) {
        return em.createNativeQuery("SELECT p.id, p.name, p.slug, sum(d." + column + ") FROM " + table
                        + " d JOIN product p ON p.id = d.product_id"
                        + " WHERE p.is_active AND d.day > (now() AT TIME ZONE 'UTC')::date - ?1"
                        + " GROUP BY p.id, p.name, p.slug ORDER BY 4 DESC, p.id LIMIT ?2")
                .setParameter(1, DAYS)
                .setParameter(2, TOP)
                .getResultList();
    }

    private List<LowStock> lowStock(int threshold) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT p.id, p.name, p.slug, p.stock_quantity FROM product p
                        WHERE p.is_active AND p.stock_quantity > 0 AND p.stock_quantity <= ?1
                        ORDER BY p.stock_quantity, p.name, p.id LIMIT ?2""")
                .setParameter(1, threshold)
                .setParameter(2, TOP)
                .getResultList();
        return rows.stream()
                .map(r -> new LowStock(longValue(r[0]), string(r[1]), string(r[2]), intValue(r[3])))
                .toList();
    }

    private List<Sending> sending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT c.id, c.name, c.sent_count, c.failed_count, c.recipients_count FROM newsletter_campaign c
                        WHERE c.status = 'sending' ORDER BY c.started_at, c.id""")
                .getResultList();
        return rows.stream()
                .map(r -> new Sending(longValue(r[0]), string(r[1]), intValue(r[2]), intValue(r[3]), intValue(r[4])))
                .toList();
    }
}
