package com.niasotac.pricing.service;

import com.niasotac.platform.cache.KeptSnapshot;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.pricing.engine.PromotionRule;
import com.niasotac.pricing.engine.PromotionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The promotions active right now, with their targets, read in one statement; which of them apply to a
 * product is then decided in memory, so a page of products is priced without a query per product.
 * "Active now" is evaluated at read time: a promotion starts or ends without any job or restart. The
 * snapshot is kept for at most {@link #KEPT} and dropped as soon as a change to promotions commits on this
 * node, so under load the query runs about once a second instead of once per request.
 */
@ApplicationScoped
public class ActivePromotions {

    /** SQL: the promotion aliased {@code p} is active now. */
    public static final String ACTIVE_NOW = activeNow("p");

    /**
     * SQL: some promotion active now lowers the unit price of the product aliased {@code p}. Bogo never lowers
     * the price of one unit, and a set price only below the price; the stacking rules cannot turn a discount
     * into none, so this is exactly "the final price is below the price". Every sub-query is uncorrelated, so
     * PostgreSQL runs each once per statement (a hashed set, init plans), not once per product row.
     */
    public static final String LOWERS_PRODUCT_PRICE =
            """
            (EXISTS (SELECT 1 FROM promotion pr
                     WHERE %1$s AND pr.applies_to_all AND pr.promotion_type IN ('percent', 'amount'))
             OR coalesce(p.price > (SELECT min(pr.value) FROM promotion pr
                                    WHERE %1$s AND pr.applies_to_all AND pr.promotion_type = 'set_price'), false)
             OR p.id IN (SELECT q.id FROM promotion pr
                         JOIN promotion_product pp ON pp.promotion_id = pr.id
                         JOIN product q ON q.id = pp.product_id
                         WHERE %1$s AND %2$s
                         UNION ALL
                         SELECT q.id FROM promotion pr
                         JOIN promotion_category pc ON pc.promotion_id = pr.id
                         JOIN category qc ON qc.path LIKE '%%/' || pc.category_id || '/%%'
                         JOIN product q ON q.category_id = qc.id
                         WHERE %1$s AND %2$s))"""
                    .formatted(
                            activeNow("pr"),
                            "pr.promotion_type <> 'bogo' AND (pr.promotion_type <> 'set_price' OR pr.value < q.price)");

    private static String activeNow(String alias) {
        return """
                p.active AND (p.start_at IS NULL OR p.start_at <= now()) AND (p.end_at IS NULL OR p.end_at >= now())
                AND (p.usage_limit IS NULL OR p.usage_count < p.usage_limit)"""
                .replace("p.", alias + ".");
    }

    static final Duration KEPT = Duration.ofSeconds(1);

    @PersistenceContext
    EntityManager em;

    private final KeptSnapshot<Snapshot> snapshot = new KeptSnapshot<>(KEPT, this::load);

    /** The last snapshot loaded: a reload that finds the same promotions returns it, not an equal copy. */
    private volatile Snapshot lastLoaded;

    /** One active promotion and what it targets. */
    public record Active(PromotionRule rule, boolean appliesToAll, Set<Long> productIds, Set<Long> categoryIds) {

        /** Applies to a product of this id in a category with these ancestors (the category included). */
        boolean appliesTo(long productId, List<Long> categoryAndAncestors) {
            return appliesToAll
                    || productIds.contains(productId)
                    || categoryAndAncestors.stream().anyMatch(categoryIds::contains);
        }
    }

    /** The current snapshot; call once per request and reuse it for every product of the page. */
    public Snapshot now() {
        return snapshot.get();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        snapshot.forget();
    }

    private Snapshot load() {
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                em,
                """
                        SELECT p.id, p.slug, p.name, p.promotion_type, p.value, p.buy_x, p.get_y, p.is_stackable,
                               p.applies_to_all,
                               array_to_string(ARRAY(SELECT product_id FROM promotion_product WHERE promotion_id = p.id), ',')
                                 AS product_ids,
                               array_to_string(ARRAY(SELECT category_id FROM promotion_category WHERE promotion_id = p.id), ',')
                                 AS category_ids
                        FROM promotion p WHERE\s"""
                        + ACTIVE_NOW + " ORDER BY p.id"));
        Snapshot loaded =
                new Snapshot(rows.stream().map(ActivePromotions::active).toList());
        Snapshot last = lastLoaded;
        if (last != null && last.promotions().equals(loaded.promotions())) {
            return last;
        }
        lastLoaded = loaded;
        return loaded;
    }

    /**
     * Compared by identity: a reload that finds the same promotions is the same instance (see {@link #load}), so
     * what is computed from a snapshot (a product's price, its prepared list item) can be kept under it.
     */
    public record Snapshot(List<Active> promotions) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The rules for a product of this id whose category path (ids from the root, "/1/7/12/") is given. */
        public List<PromotionRule> forProduct(long productId, String categoryPath) {
            List<Long> categoryAndAncestors = Arrays.stream(categoryPath.split("/"))
                    .filter(part -> !part.isEmpty())
                    .map(Long::valueOf)
                    .toList();
            return promotions.stream()
                    .filter(promotion -> promotion.appliesTo(productId, categoryAndAncestors))
                    .map(Active::rule)
                    .toList();
        }
    }

    private static Active active(NamedRow row) {
        PromotionRule rule = new PromotionRule(
                row.longValue("id"),
                row.string("slug"),
                row.string("name"),
                PromotionType.parse(row.string("promotion_type")).orElseThrow(),
                row.decimal("value"),
                row.intValue("buy_x"),
                row.intValue("get_y"),
                row.bool("is_stackable"));
        return new Active(
                rule, row.bool("applies_to_all"), ids(row.string("product_ids")), ids(row.string("category_ids")));
    }

    private static Set<Long> ids(String csv) {
        return csv == null || csv.isEmpty()
                ? Set.of()
                : Arrays.stream(csv.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
