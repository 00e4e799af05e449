package com.niasotac.pricing.service;

import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Checking a code and recording uses atomically: one conditional UPDATE on the promotion's row, then one on the
 * customer's count, in one transaction.
 */
@ApplicationScoped
public class PromotionRedemptions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PromotionQueries queries;

    @Inject
    Event<PublicDataChanged> publicChanges;

    /** The promotion of a code, if it can be used now: 404 unknown, 400 inactive or exhausted. */
    public PromotionResponses.Item usableByCode(String code) {
        PromotionResponses.Item promotion = queries.byCode(code, true).orElseThrow(() -> NotFound.of("Promotion code"));
        refuseUnusable(promotion, false);
        return promotion;
    }

    /**
     * Records one use by a customer. The promotion's row is claimed by a conditional UPDATE (it only counts
     * while active and under its limit), then the customer's count the same way; a refusal rolls both back.
     */
    @Transactional
    public PromotionResponses.Redemption redeem(
            String codeOrSlug, boolean byCode, String customer, int quantity, Long userId) {
        PromotionResponses.Item promotion = byCode
                ? queries.byCode(codeOrSlug, false).orElseThrow(() -> NotFound.of("Promotion code"))
                : queries.get(codeOrSlug, false);
        @SuppressWarnings("unchecked")
        List<Number> counted = em.createNativeQuery(
                        "UPDATE promotion p SET usage_count = p.usage_count + 1 WHERE p.id = ?1 AND "
                                + ActivePromotions.ACTIVE_NOW + " RETURNING p.usage_count")
                .setParameter(1, promotion.id())
                .getResultList();
        if (counted.isEmpty()) {
            refuseUnusable(queries.get(Long.toString(promotion.id()), false), true);
            throw Conflict.coded("promotion_exhausted", "This promotion has been used up.");
        }
        String who = customer.strip().toLowerCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<Number> uses = em.createNativeQuery(
                        """
                        INSERT INTO promotion_customer_use AS u (promotion_id, customer, uses) VALUES (?1, ?2, 1)
                        ON CONFLICT (promotion_id, customer) DO UPDATE SET uses = u.uses + 1
                        WHERE CAST(?3 AS integer) IS NULL OR u.uses < CAST(?3 AS integer)
                        RETURNING u.uses""")
                .setParameter(1, promotion.id())
                .setParameter(2, who)
                .setParameter(3, promotion.perCustomerLimit())
                .getResultList();
        if (uses.isEmpty()) {
            throw Conflict.coded(
                    "customer_limit_reached", "This customer has used this promotion as often as allowed.");
        }
        em.createNativeQuery(
                        "INSERT INTO promotion_redemption (promotion_id, customer, quantity, redeemed_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, promotion.id())
                .setParameter(2, who)
                .setParameter(3, quantity)
                .setParameter(4, userId)
                .executeUpdate();
        publicChanges.fire(new PublicDataChanged("promotion used"));
        return new PromotionResponses.Redemption(
                promotion.slug(), counted.get(0).intValue(), uses.get(0).intValue());
    }

    /**
     * Inactive (switched off, not started, ended) or exhausted: the contract's codes. Exhaustion found while
     * redeeming is a conflict (another use took the last one); found while checking a code, a broken rule.
     */
    private static void refuseUnusable(PromotionResponses.Item p, boolean redeeming) {
        if (p.usageLimit() != null && p.usageCount() >= p.usageLimit()) {
            String message = "This promotion has been used up.";
            throw redeeming
                    ? Conflict.coded("promotion_exhausted", message)
                    : RuleViolation.coded("promotion_exhausted", message);
        }
        if (!p.isActiveNow()) {
            throw RuleViolation.coded("promotion_inactive", "This promotion is not active now.");
        }
    }
}
