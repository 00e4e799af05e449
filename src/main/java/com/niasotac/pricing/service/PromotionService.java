package com.niasotac.pricing.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.decimal;
import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.Ordering;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.SqlQuery;
import com.niasotac.platform.persistence.UniqueSlugs;
import com.niasotac.platform.text.Slugs;
import com.niasotac.pricing.api.PromotionRequest;
import com.niasotac.pricing.api.PromotionResponses;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Promotions: reading with their "active now" state computed by the database clock, editing with the
 * contract's validation, checking a code, and recording uses atomically (one conditional UPDATE on the
 * promotion's row, then one on the customer's count, in one transaction).
 */
@ApplicationScoped
public class PromotionService {

    public static final Map<String, String> ORDERING = Map.of(
            "name",
            "p.name",
            "start_at",
            "p.start_at",
            "end_at",
            "p.end_at",
            "created_at",
            "p.created_at",
            "value",
            "p.value");
    public static final Ordering DEFAULT_ORDERING = new Ordering("p.created_at", true);

    /** {@code %s}: which target products count (anonymous readers never learn of an inactive product). */
    private static final String COLUMNS_COUNTING =
            """
            p.id, p.name, p.slug, p.code, p.promotion_type, p.value, p.buy_x, p.get_y, p.applies_to_all, p.start_at,
            p.end_at, p.active, (%s), p.usage_limit, p.per_customer_limit, p.usage_count, p.is_stackable,
            (SELECT count(*) FROM promotion_product pp JOIN product pr ON pr.id = pp.product_id
             WHERE pp.promotion_id = p.id AND %s),
            (SELECT count(*) FROM promotion_category pc WHERE pc.promotion_id = p.id), p.created_at, p.updated_at""";

    static final String COLUMNS = COLUMNS_COUNTING.formatted(ActivePromotions.ACTIVE_NOW, "true");
    static final String PUBLIC_COLUMNS = COLUMNS_COUNTING.formatted(ActivePromotions.ACTIVE_NOW, "pr.is_active");
    static final String FROM = " FROM promotion p WHERE true";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "promotion";

    public record PromotionList(long count, List<PromotionResponses.Item> results) {}

    public PromotionList list(PromotionFilter filter, boolean onlyActiveNow, PageRequest page, Ordering ordering) {
        SqlQuery count = filtered(new SqlQuery().append("SELECT count(*)" + FROM), filter, onlyActiveNow);
        SqlQuery rows = filtered(
                        new SqlQuery().append("SELECT " + columns(onlyActiveNow) + FROM), filter, onlyActiveNow)
                .append(
                        " ORDER BY " + ordering.sql() + " NULLS LAST, p.id LIMIT ? OFFSET ?",
                        page.pageSize(),
                        page.offset());
        return new PromotionList(((Number) count.create(em).getSingleResult()).longValue(), items(rows));
    }

    /**
     * {@code onlyActiveNow} is the anonymous reader's view: promotions active now, and of their target products
     * only the active ones.
     */
    public PromotionResponses.Item get(String slugOrId, boolean onlyActiveNow) {
        SqlQuery query = new SqlQuery().append("SELECT " + columns(onlyActiveNow) + FROM);
        query.andSlugOrId("p", slugOrId);
        if (onlyActiveNow) {
            query.and(ActivePromotions.ACTIVE_NOW);
        }
        return items(query.append(" ORDER BY p.id LIMIT 1")).stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Promotion"));
    }

    private static String columns(boolean publicView) {
        return publicView ? PUBLIC_COLUMNS : COLUMNS;
    }

    /** The promotion's targets; {@code publicView} leaves out inactive products. */
    @SuppressWarnings("unchecked")
    public PromotionResponses.Targets targets(long promotionId, boolean publicView) {
        List<Object[]> products = em.createNativeQuery(
                        """
                        SELECT pr.id, pr.name, pr.slug, pr.price,
                               (SELECT i.storage_key FROM product_image i WHERE i.product_id = pr.id AND i.is_primary)
                        FROM promotion_product pp JOIN product pr ON pr.id = pp.product_id
                        WHERE pp.promotion_id = ?1 AND (pr.is_active OR NOT ?2) ORDER BY pr.name""")
                .setParameter(1, promotionId)
                .setParameter(2, publicView)
                .getResultList();
        List<Object[]> categories = em.createNativeQuery(
                        """
                        SELECT c.id, c.name, c.slug, c.level, c.full_path
                        FROM promotion_category pc JOIN category c ON c.id = pc.category_id
                        WHERE pc.promotion_id = ?1 ORDER BY c.full_path""")
                .setParameter(1, promotionId)
                .getResultList();
        return new PromotionResponses.Targets(
                products.stream()
                        .map(r -> new PromotionResponses.ProductRef(
                                longValue(r[0]), string(r[1]), string(r[2]), decimal(r[3]), string(r[4])))
                        .toList(),
                categories.stream()
                        .map(r -> new PromotionResponses.CategoryRef(
                                longValue(r[0]), string(r[1]), string(r[2]), intValue(r[3]), string(r[4])))
                        .toList());
    }

    public PromotionRequest asRequest(String slugOrId) {
        PromotionResponses.Item p = get(slugOrId, false);
        PromotionResponses.Targets t = targets(p.id(), false);
        return new PromotionRequest(
                p.name(),
                p.slug(),
                p.code(),
                p.promotionType(),
                p.value(),
                p.buyX(),
                p.getY(),
                p.appliesToAll(),
                t.products().stream().map(PromotionResponses.ProductRef::id).toList(),
                t.categories().stream().map(PromotionResponses.CategoryRef::id).toList(),
                p.startAt(),
                p.endAt(),
                p.active(),
                p.usageLimit(),
                p.perCustomerLimit(),
                p.isStackable());
    }

    @Transactional
    public PromotionResponses.Item create(PromotionRequest request) {
        Promotion promotion = new Promotion(Instant.now());
        apply(promotion, request, null);
        em.persist(promotion);
        em.flush();
        replaceTargets(promotion.id(), request);
        audit.created(AUDIT_ENTITY, promotion.id(), request.name(), asRequest(Long.toString(promotion.id())));
        return get(Long.toString(promotion.id()), false);
    }

    @Transactional
    public PromotionResponses.Item update(String slugOrId, PromotionRequest request) {
        PromotionRequest before = asRequest(slugOrId);
        Promotion promotion = em.find(Promotion.class, get(slugOrId, false).id());
        // Locked, so no redemption lands between the check and the change.
        int uses = ((Number) em.createNativeQuery("SELECT usage_count FROM promotion WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, promotion.id())
                        .getSingleResult())
                .intValue();
        if (request.usageLimit() != null && request.usageLimit() < uses) {
            throw ApiException.invalidField("usage_limit", "must be at least the " + uses + " use(s) already recorded");
        }
        apply(promotion, request, promotion.id());
        em.flush();
        replaceTargets(promotion.id(), request);
        audit.updated(AUDIT_ENTITY, promotion.id(), request.name(), before, asRequest(Long.toString(promotion.id())));
        return get(Long.toString(promotion.id()), false);
    }

    @Transactional
    public void delete(String slugOrId) {
        PromotionRequest before = asRequest(slugOrId);
        long id = get(slugOrId, false).id();
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
                    default -> throw ApiException.invalidField(
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
        existing.forEach(id -> states.put(id.longValue(), asRequest(Long.toString(id.longValue()))));
        return states;
    }

    /** The promotion of a code, if it can be used now: 404 unknown, 400 inactive or exhausted. */
    public PromotionResponses.Item usableByCode(String code) {
        PromotionResponses.Item promotion =
                byCode(code, true).orElseThrow(() -> ApiException.notFound("Promotion code"));
        refuseUnusable(promotion, ErrorCode.VALIDATION_ERROR);
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
                ? byCode(codeOrSlug, false).orElseThrow(() -> ApiException.notFound("Promotion code"))
                : get(codeOrSlug, false);
        @SuppressWarnings("unchecked")
        List<Number> counted = em.createNativeQuery(
                        "UPDATE promotion p SET usage_count = p.usage_count + 1 WHERE p.id = ?1 AND "
                                + ActivePromotions.ACTIVE_NOW + " RETURNING p.usage_count")
                .setParameter(1, promotion.id())
                .getResultList();
        if (counted.isEmpty()) {
            refuseUnusable(get(Long.toString(promotion.id()), false), ErrorCode.CONFLICT);
            throw new ApiException(
                    ErrorCode.CONFLICT, "promotion_exhausted", "This promotion has been used up.", Map.of());
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
            throw new ApiException(
                    ErrorCode.CONFLICT,
                    "customer_limit_reached",
                    "This customer has used this promotion as often as allowed.",
                    Map.of());
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

    private Optional<PromotionResponses.Item> byCode(String code, boolean publicView) {
        return items(new SqlQuery()
                        .append("SELECT " + columns(publicView) + FROM)
                        .and("lower(p.code) = lower(?)", code.strip()))
                .stream()
                .findFirst();
    }

    /** Inactive (switched off, not started, ended) or exhausted: the contract's codes. */
    private static void refuseUnusable(PromotionResponses.Item p, ErrorCode exhaustedKind) {
        if (p.usageLimit() != null && p.usageCount() >= p.usageLimit()) {
            throw new ApiException(
                    exhaustedKind.status() == 409 ? ErrorCode.CONFLICT : ErrorCode.BAD_REQUEST,
                    "promotion_exhausted",
                    "This promotion has been used up.",
                    Map.of());
        }
        if (!p.isActiveNow()) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST, "promotion_inactive", "This promotion is not active now.", Map.of());
        }
    }

    private void apply(Promotion promotion, PromotionRequest r, Long currentId) {
        PromotionType type = PromotionType.parse(r.promotionType()).orElseThrow();
        switch (type) {
            case PERCENT -> {
                if (r.value() == null || r.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw ApiException.invalidField(
                            "value", "a percent promotion needs a value above 0 and at most 100");
                }
            }
            case AMOUNT, SET_PRICE -> {
                if (r.value() == null) {
                    throw ApiException.invalidField("value", "is required for this promotion type");
                }
            }
            case BOGO -> {
                if (r.buyX() == null || r.getY() == null) {
                    throw ApiException.invalidField(
                            r.buyX() == null ? "buy_x" : "get_y", "buy_x and get_y (at least 1) are required for bogo");
                }
            }
        }
        if (r.startAt() != null && r.endAt() != null && r.startAt().isAfter(r.endAt())) {
            throw ApiException.invalidField("end_at", "must not be before start_at");
        }
        boolean toAll = Boolean.TRUE.equals(r.appliesToAll());
        if (!toAll && empty(r.products()) && empty(r.categories())) {
            throw ApiException.invalidField(
                    "products", "a promotion applies to all products, or lists products or categories");
        }
        checkExist("product", r.products());
        checkExist("category", r.categories());
        String code = r.code() == null || r.code().isBlank() ? null : r.code().strip();
        if (code != null && codeTaken(code, currentId)) {
            throw ApiException.conflictOn("code", "Another promotion already uses this code.");
        }
        String slug;
        if (r.slug() == null || r.slug().isBlank()) {
            slug = currentId != null
                    ? promotion.slug()
                    : UniqueSlugs.reserve(em, UniqueSlugs.Table.PROMOTION, base(r.name()));
        } else if (UniqueSlugs.exists(em, UniqueSlugs.Table.PROMOTION, r.slug(), currentId)) {
            throw ApiException.conflictOn("slug", "Another promotion already uses this slug.");
        } else {
            slug = r.slug();
        }
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
            throw ApiException.invalidField(
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

    private static String base(String name) {
        String base = Slugs.slugify(160, name);
        if (base.isEmpty()) {
            throw ApiException.invalidField("name", "must contain letters or digits");
        }
        return base;
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static SqlQuery filtered(SqlQuery query, PromotionFilter f, boolean onlyActiveNow) {
        if (onlyActiveNow) {
            query.and(ActivePromotions.ACTIVE_NOW);
        }
        f.search()
                .ifPresent(text -> query.and(
                        "niasotac_fold(p.name) LIKE niasotac_fold(?) OR lower(p.code) LIKE lower(?)",
                        Like.contains(text),
                        Like.contains(text)));
        f.name().ifPresent(name -> query.and("niasotac_fold(p.name) LIKE niasotac_fold(?)", Like.contains(name)));
        f.code().ifPresent(code -> query.and("lower(p.code) = lower(?)", code));
        f.promotionType().ifPresent(type -> query.and("p.promotion_type = ?", type));
        f.active().ifPresent(active -> query.and("p.active = ?", active));
        f.isActiveNow()
                .ifPresent(now ->
                        query.and(now ? ActivePromotions.ACTIVE_NOW : "NOT (" + ActivePromotions.ACTIVE_NOW + ")"));
        f.isStackable().ifPresent(stackable -> query.and("p.is_stackable = ?", stackable));
        f.appliesToAll().ifPresent(all -> query.and("p.applies_to_all = ?", all));
        f.startAfter().ifPresent(after -> query.and("p.start_at >= ?", after));
        f.endBefore().ifPresent(before -> query.and("p.end_at <= ?", before));
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<PromotionResponses.Item> items(SqlQuery query) {
        return ((List<Object[]>) query.create(em).getResultList())
                .stream()
                        .map(r -> new PromotionResponses.Item(
                                longValue(r[0]),
                                string(r[1]),
                                string(r[2]),
                                string(r[3]),
                                string(r[4]),
                                decimal(r[5]),
                                intValue(r[6]),
                                intValue(r[7]),
                                bool(r[8]),
                                instant(r[9]),
                                instant(r[10]),
                                bool(r[11]),
                                bool(r[12]),
                                intValue(r[13]),
                                intValue(r[14]),
                                intValue(r[15]),
                                bool(r[16]),
                                intValue(r[17]),
                                intValue(r[18]),
                                instant(r[19]),
                                instant(r[20])))
                        .toList();
    }
}
