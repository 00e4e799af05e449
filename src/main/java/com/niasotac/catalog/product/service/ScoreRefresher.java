package com.niasotac.catalog.product.service;

import com.niasotac.catalog.scoring.ScoreCalculator;
import com.niasotac.catalog.scoring.Scores;
import com.niasotac.catalog.scoring.ScoringInput;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.persistence.NamedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes stored scores. Every input comes from one query (category averages, view percentiles and the
 * exact 30-day views from the per-day counts) and every result goes back in one UPDATE, per chunk.
 */
@ApplicationScoped
public class ScoreRefresher {

    static final int CHUNK = 1000;

    private static final String INPUTS =
            """
            WITH averages AS (
                SELECT category_id, avg(price) AS average FROM product WHERE is_active AND in_stock GROUP BY category_id
            ), ranks AS (
                SELECT id, percent_rank() OVER (PARTITION BY category_id ORDER BY view_count) * 100 AS percentile,
                       count(*) OVER (PARTITION BY category_id) AS peers
                FROM product WHERE is_active
            ), recent AS (
                SELECT product_id, sum(views) AS views FROM product_view_day
                WHERE day > (now() AT TIME ZONE 'UTC')::date - 30 GROUP BY product_id
            )
            SELECT p.id, p.price, p.compare_at_price, p.cost_price,
                   CASE WHEN p.in_stock THEN p.stock_quantity ELSE 0 END AS stock_quantity,
                   p.view_count, coalesce(r.views, 0) AS views_last_30_days, p.whatsapp_click_count, p.created_at,
                   p.last_viewed_at, a.average AS category_average_price,
                   CASE WHEN k.peers > 1 THEN k.percentile END AS category_view_percentile,
                   p.force_featured, p.force_recommended,
                   p.exclude_from_featured, p.exclude_from_recommended
            FROM product p
            LEFT JOIN averages a ON a.category_id = p.category_id
            LEFT JOIN ranks k ON k.id = p.id
            LEFT JOIN recent r ON r.product_id = p.id
            WHERE p.id > ?1 AND (CAST(?2 AS bigint[]) IS NULL OR p.category_id = ANY(CAST(?2 AS bigint[])))
            ORDER BY p.id LIMIT ?3""";

    private final ScoreCalculator calculator = new ScoreCalculator();

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    /** This bean through its proxy, so each chunk gets its own transaction (a self-call would bypass it). */
    @Inject
    ScoreRefresher self;

    /** Every product of the categories of these products (their averages and percentiles move together). */
    public int refreshCategoriesOf(List<Long> productIds) {
        @SuppressWarnings("unchecked")
        List<Number> categories = em.createNativeQuery(
                        "SELECT DISTINCT category_id FROM product WHERE id = ANY(CAST(?1 AS bigint[]))")
                .setParameter(1, productIds.toArray(Long[]::new))
                .getResultList();
        if (categories.isEmpty()) {
            return 0;
        }
        return refresh(categories.stream().map(Number::longValue).toArray(Long[]::new));
    }

    public int refreshAll() {
        return refresh(null);
    }

    private int refresh(Long[] categoryIds) {
        int total = 0;
        long after = 0;
        while (true) {
            Chunk chunk = self.refreshChunk(categoryIds, after);
            total += chunk.count();
            if (chunk.count() < CHUNK) {
                return total;
            }
            after = chunk.lastId();
        }
    }

    public record Chunk(int count, long lastId) {}

    @Transactional
    public Chunk refreshChunk(Long[] categoryIds, long afterId) {
        List<NamedRow> rows = NamedRow.all(NamedRow.query(em, INPUTS)
                .setParameter(1, afterId)
                .setParameter(2, categoryIds)
                .setParameter(3, CHUNK));
        if (rows.isEmpty()) {
            return new Chunk(0, afterId);
        }
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>();
        List<BigDecimal> featured = new ArrayList<>();
        List<BigDecimal> recommendation = new ArrayList<>();
        List<Boolean> isFeatured = new ArrayList<>();
        List<Boolean> isRecommended = new ArrayList<>();
        for (NamedRow row : rows) {
            Scores scores = calculator.score(input(row), now);
            ids.add(row.longValue("id"));
            featured.add(scores.featuredScore());
            recommendation.add(scores.recommendationScore());
            isFeatured.add(scores.featured());
            isRecommended.add(scores.recommended());
        }
        em.createNativeQuery(
                        """
                        UPDATE product p SET featured_score = s.featured, recommendation_score = s.recommendation,
                                             is_featured = s.is_featured, is_recommended = s.is_recommended,
                                             scores_computed_at = now()
                        FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS numeric[]), CAST(?3 AS numeric[]),
                                    CAST(?4 AS boolean[]), CAST(?5 AS boolean[]))
                             AS s(id, featured, recommendation, is_featured, is_recommended)
                        WHERE p.id = s.id""")
                .setParameter(1, ids.toArray(Long[]::new))
                .setParameter(2, featured.toArray(BigDecimal[]::new))
                .setParameter(3, recommendation.toArray(BigDecimal[]::new))
                .setParameter(4, isFeatured.toArray(Boolean[]::new))
                .setParameter(5, isRecommended.toArray(Boolean[]::new))
                .executeUpdate();
        publicChanges.fire(new PublicDataChanged("scores recomputed"));
        return new Chunk(rows.size(), ids.get(ids.size() - 1));
    }

    private static ScoringInput input(NamedRow row) {
        BigDecimal price = row.decimal("price");
        return new ScoringInput(
                price,
                price, // what the customer pays; promotions refine this once they exist
                row.decimal("compare_at_price"),
                row.decimal("cost_price"),
                row.intValue("stock_quantity"),
                row.longValue("view_count"),
                row.longValue("views_last_30_days"),
                row.longValue("whatsapp_click_count"),
                row.instant("created_at"),
                row.instant("last_viewed_at"),
                row.decimal("category_average_price"),
                row.decimal("category_view_percentile"),
                new ScoringInput.Overrides(
                        row.bool("force_featured"),
                        row.bool("force_recommended"),
                        row.bool("exclude_from_featured"),
                        row.bool("exclude_from_recommended")));
    }
}
