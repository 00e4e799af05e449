package com.niasotac.pricing.service;

import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.platform.persistence.SqlQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading promotions with their "active now" state computed by the database clock: lists, one promotion, its
 * targets, a code's promotion, and the state the history and PATCH start from.
 */
@ApplicationScoped
public class PromotionQueries {

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
            p.end_at, p.active, (%s) AS is_active_now, p.usage_limit, p.per_customer_limit, p.usage_count,
            p.is_stackable,
            (SELECT count(*) FROM promotion_product pp JOIN product pr ON pr.id = pp.product_id
             WHERE pp.promotion_id = p.id AND %s) AS products_count,
            (SELECT count(*) FROM promotion_category pc WHERE pc.promotion_id = p.id) AS categories_count,
            p.created_at, p.updated_at""";

    static final String COLUMNS = COLUMNS_COUNTING.formatted(ActivePromotions.ACTIVE_NOW, "true");
    static final String PUBLIC_COLUMNS = COLUMNS_COUNTING.formatted(ActivePromotions.ACTIVE_NOW, "pr.is_active");
    static final String FROM = " FROM promotion p WHERE true";

    @PersistenceContext
    EntityManager em;

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
                .orElseThrow(() -> NotFound.of("Promotion"));
    }

    private static String columns(boolean publicView) {
        return publicView ? PUBLIC_COLUMNS : COLUMNS;
    }

    /** The promotion's targets; {@code publicView} leaves out inactive products. */
    public PromotionResponses.Targets targets(long promotionId, boolean publicView) {
        List<NamedRow> products = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT pr.id, pr.name, pr.slug, pr.price,
                               (SELECT i.storage_key FROM product_image i WHERE i.product_id = pr.id AND i.is_primary)
                                 AS main_image
                        FROM promotion_product pp JOIN product pr ON pr.id = pp.product_id
                        WHERE pp.promotion_id = ?1 AND (pr.is_active OR NOT ?2) ORDER BY pr.name""")
                .setParameter(1, promotionId)
                .setParameter(2, publicView));
        List<NamedRow> categories = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT c.id, c.name, c.slug, c.level, c.full_path
                        FROM promotion_category pc JOIN category c ON c.id = pc.category_id
                        WHERE pc.promotion_id = ?1 ORDER BY c.full_path""")
                .setParameter(1, promotionId));
        return new PromotionResponses.Targets(
                products.stream()
                        .map(r -> new PromotionResponses.ProductRef(
                                r.longValue("id"),
                                r.string("name"),
                                r.string("slug"),
                                r.decimal("price"),
                                r.string("main_image")))
                        .toList(),
                categories.stream()
                        .map(r -> new PromotionResponses.CategoryRef(
                                r.longValue("id"),
                                r.string("name"),
                                r.string("slug"),
                                r.intValue("level"),
                                r.string("full_path")))
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

    Optional<PromotionResponses.Item> byCode(String code, boolean publicView) {
        return items(new SqlQuery()
                        .append("SELECT " + columns(publicView) + FROM)
                        .and("lower(p.code) = lower(?)", code.strip()))
                .stream()
                .findFirst();
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

    private List<PromotionResponses.Item> items(SqlQuery query) {
        return query.rows(em).stream()
                .map(r -> new PromotionResponses.Item(
                        r.longValue("id"),
                        r.string("name"),
                        r.string("slug"),
                        r.string("code"),
                        r.string("promotion_type"),
                        r.decimal("value"),
                        r.intValue("buy_x"),
                        r.intValue("get_y"),
                        r.bool("applies_to_all"),
                        r.instant("start_at"),
                        r.instant("end_at"),
                        r.bool("active"),
                        r.bool("is_active_now"),
                        r.intValue("usage_limit"),
                        r.intValue("per_customer_limit"),
                        r.intValue("usage_count"),
                        r.bool("is_stackable"),
                        r.intValue("products_count"),
                        r.intValue("categories_count"),
                        r.instant("created_at"),
                        r.instant("updated_at")))
                .toList();
    }
}
