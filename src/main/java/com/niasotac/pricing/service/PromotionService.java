package com.niasotac.pricing.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.persistence.UniqueSlugs;
import com.niasotac.pricing.domain.Promotion;
import com.niasotac.pricing.engine.PromotionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Editing promotions with the contract's validation: create, change, delete, bulk changes, and their targets.
 * Reads go through {@link PromotionQueries}; codes and uses through {@link PromotionRedemptions}.
 */
@ApplicationScoped
public class PromotionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PromotionQueries queries;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "promotion";

    @Transactional
    public PromotionResponses.Item create(PromotionRequest request) {
        Promotion promotion = new Promotion(Instant.now());
        apply(promotion, request, null);
        em.persist(promotion);
        em.flush();
        replaceTargets(promotion.id(), request);
        audit.created(AUDIT_ENTITY, promotion.id(), request.name(), queries.asRequest(Long.toString(promotion.id())));
        return queries.get(Long.toString(promotion.id()), false);
    }

    @Transactional
    public PromotionResponses.Item update(String slugOrId, PromotionRequest request) {
        PromotionRequest before = queries.asRequest(slugOrId);
        Promotion promotion =
                em.find(Promotion.class, queries.get(slugOrId, false).id());
        // Locked, so no redemption lands between the check and the change.
        int uses = ((Number) em.createNativeQuery("SELECT usage_count FROM promotion WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, promotion.id())
                        .getSingleResult())
                .intValue();
        if (request.usageLimit() != null && request.usageLimit() < uses) {
            throw RuleViolation.field("usage_limit", "must be at least the " + uses + " use(s) already recorded");
        }
        apply(promotion, request, promotion.id());
        em.flush();
        replaceTargets(promotion.id(), request);
        audit.updated(
                AUDIT_ENTITY, promotion.id(), request.name(), before, queries.asRequest(Long.toString(promotion.id())));
        return queries.get(Long.toString(promotion.id()), false);
    }

    @Transactional
    public void delete(String slugOrId) {
        PromotionRequest before = queries.asRequest(slugOrId);
        long id = queries.get(slugOrId, false).id();
        em.remove(em.find(Promotion.class, id));
        publicChanges.fire(new PublicDataChanged("promotion deleted"));
        audit.deleted(AUDIT_ENTITY, id, before.name(), before);
    }

    @Transactional
    public int bulk(String action, List<Long> ids) {
        String assignment =
                switch (action) {
                    case "activate" -> "active = true";
                    case "deactivate" -> "active = false";
                    case "mark_stackable" -> "is_stackable = true";
                    case "mark_non_stackable" -> "is_stackable = false";
                    default -> throw RuleViolation.field(
                            "action", "must be one of activate, deactivate, mark_stackable, mark_non_stackable");
                };
        Long[] distinct = ids.stream().distinct().toArray(Long[]::new);
        Map<Long, PromotionRequest> before = states(distinct);
        int updated = em.createNativeQuery("UPDATE promotion SET " + assignment
                        + ", updated_at = now() WHERE id = ANY(CAST(?1 AS bigint[]))")
                .setParameter(1, distinct)
                .executeUpdate();
        publicChanges.fire(new PublicDataChanged("promotions changed"));
        states(distinct).forEach((id, after) -> audit.updated(AUDIT_ENTITY, id, after.name(), before.get(id), after));
        return updated;
    }

    /** The promotions of these ids that exist, as requests (what the history compares). */
    private Map<Long, PromotionRequest> states(Long[] ids) {
        em.flush();
        em.clear(); // the UPDATE above bypassed the persistence context
        Map<Long, PromotionRequest> states = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Number> existing = em.createNativeQuery("SELECT id FROM promotion WHERE id = ANY(CAST(?1 AS bigint[]))")
                .setParameter(1, ids)
                .getResultList();
        existing.forEach(id -> states.put(id.longValue(), queries.asRequest(Long.toString(id.longValue()))));
        return states;
    }

    private void apply(Promotion promotion, PromotionRequest r, Long currentId) {
        PromotionType type = PromotionType.parse(r.promotionType()).orElseThrow();
        switch (type) {
            case PERCENT -> {
                if (r.value() == null || r.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw RuleViolation.field("value", "a percent promotion needs a value above 0 and at most 100");
                }
            }
            case AMOUNT, SET_PRICE -> {
                if (r.value() == null) {
                    throw RuleViolation.field("value", "is required for this promotion type");
                }
            }
            case BOGO -> {
                if (r.buyX() == null || r.getY() == null) {
                    throw RuleViolation.field(
                            r.buyX() == null ? "buy_x" : "get_y", "buy_x and get_y (at least 1) are required for bogo");
                }
            }
        }
        if (r.startAt() != null && r.endAt() != null && r.startAt().isAfter(r.endAt())) {
            throw RuleViolation.field("end_at", "must not be before start_at");
        }
        boolean toAll = Boolean.TRUE.equals(r.appliesToAll());
        if (!toAll && empty(r.products()) && empty(r.categories())) {
            throw RuleViolation.field(
                    "products", "a promotion applies to all products, or lists products or categories");
        }
        checkExist("product", r.products());
        checkExist("category", r.categories());
        String code = r.code() == null || r.code().isBlank() ? null : r.code().strip();
        if (code != null && codeTaken(code, currentId)) {
            throw Conflict.on("code", "Another promotion already uses this code.");
        }
        String slug = UniqueSlugs.assign(
                em,
                UniqueSlugs.Table.PROMOTION,
                r.slug(),
                currentId == null ? null : new UniqueSlugs.Current(currentId, promotion.slug()),
                new UniqueSlugs.Words("name", 160, r.name()));
        promotion.describe(
                r.name().strip(),
                slug,
                code,
                type.label(),
                type == PromotionType.BOGO ? null : r.value(),
                type == PromotionType.BOGO ? r.buyX() : null,
                type == PromotionType.BOGO ? r.getY() : null,
                toAll,
                r.startAt(),
                r.endAt(),
                r.active() == null || r.active(),
                r.usageLimit(),
                r.perCustomerLimit(),
                Boolean.TRUE.equals(r.isStackable()),
                Instant.now());
    }

    private void replaceTargets(long id, PromotionRequest r) {
        em.createNativeQuery("DELETE FROM promotion_product WHERE promotion_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM promotion_category WHERE promotion_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        if (!empty(r.products())) {
            em.createNativeQuery(
                            "INSERT INTO promotion_product (promotion_id, product_id) SELECT ?1, unnest(CAST(?2 AS bigint[])) ON CONFLICT DO NOTHING")
                    .setParameter(1, id)
                    .setParameter(2, r.products().toArray(Long[]::new))
                    .executeUpdate();
        }
        if (!empty(r.categories())) {
            em.createNativeQuery(
                            "INSERT INTO promotion_category (promotion_id, category_id) SELECT ?1, unnest(CAST(?2 AS bigint[])) ON CONFLICT DO NOTHING")
                    .setParameter(1, id)
                    .setParameter(2, r.categories().toArray(Long[]::new))
                    .executeUpdate();
        }
        publicChanges.fire(new PublicDataChanged("promotion changed"));
    }

    private void checkExist(String table, List<Long> ids) {
        if (empty(ids)) {
            return;
        }
        long found = ((Number) em.createNativeQuery(
                                "SELECT count(DISTINCT id) FROM " + table + " WHERE id = ANY(CAST(?1 AS bigint[]))")
                        .setParameter(1, ids.toArray(Long[]::new))
                        .getSingleResult())
                .longValue();
        if (found != ids.stream().distinct().count()) {
            throw RuleViolation.field(
                    table.equals("product") ? "products" : "categories", "lists an id that does not exist");
        }
    }

    private boolean codeTaken(String code, Long exceptId) {
        return ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM promotion WHERE lower(code) = lower(?1) AND id <> ?2")
                                .setParameter(1, code)
                                .setParameter(2, java.util.Objects.requireNonNullElse(exceptId, -1L))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
