package com.niasotac.pricing.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.decimal;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.pricing.engine.PromotionRule;
import com.niasotac.pricing.engine.PromotionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The promotions active right now, with their targets, read in one statement; which of them apply to a
 * product is then decided in memory, so a page of products is priced without a query per product.
 * "Active now" is evaluated at read time: a promotion starts or ends without any job or restart.
 */
@ApplicationScoped
public class ActivePromotions {

    /** SQL: the promotion aliased {@code p} is active now. */
    static final String ACTIVE_NOW = activeNow("p");

    /**
     * SQL: some promotion active now lowers the unit price of the product aliased {@code p} (its category
     * looked up by id, so the product query need not join it). Bogo never lowers the price of one unit, and
     * a set price only when it is below the price; the stacking rules cannot turn a discount into none, so
     * this is exactly "the final price is below the price".
     */
    public static final String LOWERS_PRODUCT_PRICE =
            """
            EXISTS (SELECT 1 FROM promotion pr WHERE %s
                AND pr.promotion_type <> 'bogo' AND (pr.promotion_type <> 'set_price' OR pr.value < p.price)
                AND (pr.applies_to_all
                     OR EXISTS (SELECT 1 FROM promotion_product pp WHERE pp.promotion_id = pr.id AND pp.product_id = p.id)
                     OR EXISTS (SELECT 1 FROM promotion_category pc JOIN category pcat ON pcat.id = p.category_id
                                WHERE pc.promotion_id = pr.id AND pcat.path LIKE '%%/' || pc.category_id || '/%%')))"""
                    .formatted(activeNow("pr"));

    private static String activeNow(String alias) {
        return """
                p.active AND (p.start_at IS NULL OR p.start_at <= now()) AND (p.end_at IS NULL OR p.end_at >= now())
                AND (p.usage_limit IS NULL OR p.usage_count < p.usage_limit)"""
                .replace("p.", alias + ".");
    }

    @PersistenceContext
    EntityManager em;

    /** One active promotion and what it targets. */
    public record Active(PromotionRule rule, boolean appliesToAll, Set<Long> productIds, Set<Long> categoryIds) {

        /** Applies to a product of this id whose category path (ids from the root, "/1/7/12/") is given. */
        public boolean appliesTo(long productId, String categoryPath) {
            return appliesToAll
                    || productIds.contains(productId)
                    || Arrays.stream(categoryPath.split("/"))
                            .filter(part -> !part.isEmpty())
                            .map(Long::valueOf)
                            .anyMatch(categoryIds::contains);
        }
    }

    /** The current snapshot; call once per request and reuse it for every product of the page. */
    public Snapshot now() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT p.id, p.slug, p.name, p.promotion_type, p.value, p.buy_x, p.get_y, p.is_stackable,
                               p.applies_to_all,
                               array_to_string(ARRAY(SELECT product_id FROM promotion_product WHERE promotion_id = p.id), ','),
                               array_to_string(ARRAY(SELECT category_id FROM promotion_category WHERE promotion_id = p.id), ',')
                        FROM promotion p WHERE\s"""
                                + ACTIVE_NOW + " ORDER BY p.id")
                .getResultList();
        return new Snapshot(rows.stream().map(ActivePromotions::active).toList());
    }

    public record Snapshot(List<Active> promotions) {

        public List<PromotionRule> forProduct(long productId, String categoryPath) {
            return promotions.stream()
                    .filter(promotion -> promotion.appliesTo(productId, categoryPath))
                    .map(Active::rule)
                    .toList();
        }
    }

    private static Active active(Object[] row) {
        PromotionRule rule = new PromotionRule(
                longValue(row[0]),
                string(row[1]),
                string(row[2]),
                PromotionType.parse(string(row[3])).orElseThrow(),
                decimal(row[4]),
                intValue(row[5]),
                intValue(row[6]),
                bool(row[7]));
        return new Active(rule, bool(row[8]), ids(string(row[9])), ids(string(row[10])));
    }

    private static Set<Long> ids(String csv) {
        return csv == null || csv.isEmpty()
                ? Set.of()
                : Arrays.stream(csv.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
