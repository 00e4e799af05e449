package com.niasotac.catalog.product.service;

import com.niasotac.catalog.generation.service.CatalogGeneration;
import com.niasotac.catalog.generation.service.KeptPerGeneration;
import com.niasotac.platform.media.ImageVariants;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.CustomPlans;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.platform.persistence.SqlQuery;
import com.niasotac.pricing.service.ActivePromotions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading products. A page of any size is two statements (count and rows, the primary image joined in),
 * so lists never query per product.
 */
@ApplicationScoped
public class ProductQueries {

    /** The allow-list of {@code ordering}: public name → SQL expression. */
    public static final Map<String, String> ORDERING = Map.of(
            "name", "p.name",
            "brand", "p.brand",
            "category_name", "c.name",
            "stock_quantity", "p.stock_quantity",
            "price", "p.price",
            "created_at", "p.created_at",
            "view_count", "p.view_count",
            "whatsapp_click_count", "p.whatsapp_click_count",
            "featured_score", "p.featured_score");

    public static final Ordering DEFAULT_ORDERING = new Ordering("p.created_at", true);

    static final int MAX_SEARCH_WORDS = 8;

    /** Below its compare-at price, or below its price through a promotion active now. */
    public static final String HAS_DISCOUNT =
            "(coalesce(p.compare_at_price > p.price, false) OR " + ActivePromotions.LOWERS_PRODUCT_PRICE + ")";

    static final String LIST_COLUMNS =
            """
            p.id, p.name, p.slug, p.brand, p.price, p.compare_at_price, p.category_id, c.name AS category_name,
            c.slug AS category_slug,
            (SELECT i.storage_key FROM product_image i WHERE i.product_id = p.id AND i.is_primary) AS main_image_key,
            (SELECT v.fallback_key FROM product_image i JOIN product_image_variant v ON v.image_id = i.id
             WHERE i.product_id = p.id AND i.is_primary AND v.max_width = """
                    + ImageVariants.GRID_WIDTH
                    + """
            ) AS main_image_thumbnail_key,
            p.in_stock, p.stock_quantity, p.is_featured, p.is_recommended, p.short_description, p.created_at,
            p.view_count, p.whatsapp_click_count, p.featured_score, c.path AS category_path, p.is_active""";
    static final String DETAIL_COLUMNS = LIST_COLUMNS
            + """
            , p.sku, p.barcode, p.description, c.level AS category_level, c.full_path AS category_full_path,
            p.meta_title, p.meta_description,
            p.recommendation_score, p.published_at, p.updated_at, p.cost_price, p.force_featured,
            p.force_recommended, p.exclude_from_featured, p.exclude_from_recommended, p.last_viewed_at,
            p.characteristics""";
    static final String FROM = " FROM product p JOIN category c ON c.id = p.category_id WHERE true";
    /** Counting needs the category only to filter by it; the join costs as much as the count otherwise. */
    static final String COUNT_FROM = " FROM product p WHERE true";

    @PersistenceContext
    EntityManager em;

    /** Distinct filters whose counts are kept; a popular search or filter stays, a one-off is evicted first. */
    static final int MAX_KEPT_COUNTS = 10_000;

    /** Distinct pages (filter, page, order) whose rows are kept in each store; one is about 20 rows. */
    static final int MAX_KEPT_PAGES = 1_000;

    /** Orders by columns the view-count flush, the clicks and the score refresh move, not the generation. */
    static final Set<String> ORDERS_BY_COUNTERS = Set.of("p.view_count", "p.whatsapp_click_count", "p.featured_score");

    private record CountKey(ProductFilter filter, boolean includeInactive) {}

    private record PageKey(ProductFilter filter, boolean includeInactive, PageRequest page, Ordering ordering) {}

    @Inject
    CatalogGeneration generation;

    @Inject
    CustomPlans customPlans;

    private KeptPerGeneration<CountKey, Long> keptCounts;
    private KeptPerGeneration<PageKey, ProductList> keptPages;
    private KeptPerGeneration<PageKey, ProductList> keptCounterPages;

    @PostConstruct
    void keep() {
        keptCounts = generation.keep(MAX_KEPT_COUNTS);
        keptPages = generation.keep(MAX_KEPT_PAGES);
        keptCounterPages = generation.keepWhileNoProductIsWritten(MAX_KEPT_PAGES);
    }

    public record ProductList(long count, List<ProductRow> rows) {}

    /** An active product's id and its stored view count, for counting one more view. */
    public record ViewTarget(long id, long viewCount) {}

    /** The shop's headline figures (the Django API's {@code /products/stats}), over active products. */
    public record CatalogStats(long totalProducts, long featuredProducts, long onSaleProducts, long inStockProducts) {}

    /**
     * A page and the count of its list, kept with the catalog generation (V14, V16: it moves with every column a
     * public list shows or filters on), so a page read again costs one lookup. Staff pages show the counters, and
     * some filters and orders use them: those are kept until any product is written too (V17). A discount filter
     * moves with the clock and the promotions: read every time.
     */
    public ProductList list(ProductFilter filter, boolean includeInactive, PageRequest page, Ordering ordering) {
        if (filter.hasDiscount().isPresent()) {
            return read(filter, includeInactive, page, ordering);
        }
        boolean counters = includeInactive
                || !filter.matchesOnlyCatalogColumns()
                || ORDERS_BY_COUNTERS.contains(ordering.attribute());
        return (counters ? keptCounterPages : keptPages)
                .get(
                        new PageKey(filter, includeInactive, page, ordering),
                        () -> read(filter, includeInactive, page, ordering));
    }

    private ProductList read(ProductFilter filter, boolean includeInactive, PageRequest page, Ordering ordering) {
        SqlQuery rows = filtered(new SqlQuery().append("SELECT " + LIST_COLUMNS + FROM), filter, includeInactive)
                .append(" ORDER BY " + ordering.sql() + ", p.id " + (ordering.descending() ? "DESC" : "ASC"))
                .append(" LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        boolean byPattern = filter.search().isPresent() || filter.name().isPresent();
        return new ProductList(
                count(filter, includeInactive), byPattern ? customPlans.read(() -> rows(rows)) : rows(rows));
    }

    private long count(ProductFilter filter, boolean includeInactive) {
        if (filter.byCategoryAtMost()) {
            return keptCount(filter, includeInactive);
        }
        String countFrom = filter.categoryPath().isPresent() ? FROM : COUNT_FROM;
        SqlQuery query = filtered(new SqlQuery().append("SELECT count(*)" + countFrom), filter, includeInactive);
        if (!filter.matchesOnlyCatalogColumns()) {
            return count(query); // moves with the clock, the promotions or the counters: no generation
        }
        return keptCounts.get(new CountKey(filter, includeInactive), () -> count(query));
    }

    /**
     * A list's count from {@code category_product_count} (kept exact by triggers on {@code product}): a sum over
     * the categories, whatever the catalog's size, where {@code count(*)} would read every matching product.
     */
    private long keptCount(ProductFilter filter, boolean includeInactive) {
        boolean activeOnly = !includeInactive || filter.isActive().orElse(false);
        boolean inactiveOnly = includeInactive && !filter.isActive().orElse(true);
        String counted =
                activeOnly ? "k.active_products" : inactiveOnly ? "k.products - k.active_products" : "k.products";
        SqlQuery query = new SqlQuery()
                .append("SELECT coalesce(sum(" + counted + "), 0) FROM category_product_count k"
                        + " JOIN category c ON c.id = k.category_id WHERE true");
        filter.categoryPath().ifPresent(path -> query.and("c.path LIKE ?", Like.prefix(path)));
        return count(query);
    }

    public ProductList showcase(Showcase showcase, PageRequest page) {
        String where = " AND p.is_active AND p.in_stock AND (" + showcase.condition + ")";
        SqlQuery count = new SqlQuery().append("SELECT count(*)" + COUNT_FROM + where);
        SqlQuery rows = new SqlQuery()
                .append("SELECT " + LIST_COLUMNS + FROM + where + " ORDER BY " + showcase.order + ", p.id DESC")
                .append(" LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        return new ProductList(count(count), rows(rows));
    }

    public Optional<ViewTarget> viewTarget(String slugOrId) {
        SqlQuery query = new SqlQuery().append("SELECT p.id, p.view_count FROM product p WHERE p.is_active");
        query.andSlugOrId("p", slugOrId);
        return query.append(" ORDER BY p.id LIMIT 1").rows(em).stream()
                .findFirst()
                .map(row -> new ViewTarget(row.longValue("id"), row.longValue("view_count")));
    }

    /**
     * One statement. Featured and on sale count what {@code /products/featured} and {@code /products/on_sale}
     * list (active and in stock), so the figures match those lists' counts.
     */
    public CatalogStats stats() {
        String counts = "SELECT count(*) AS total, count(*) FILTER (WHERE p.in_stock AND "
                + Showcase.FEATURED.condition + ") AS featured, count(*) FILTER (WHERE p.in_stock AND "
                + Showcase.ON_SALE.condition + ") AS on_sale, count(*) FILTER (WHERE p.in_stock) AS in_stock";
        NamedRow row = NamedRow.all(NamedRow.query(em, counts + COUNT_FROM + " AND p.is_active"))
                .get(0);
        return new CatalogStats(
                row.longValue("total"), row.longValue("featured"), row.longValue("on_sale"), row.longValue("in_stock"));
    }

    public Optional<ProductDetailRow> detail(String slugOrId, boolean includeInactive) {
        SqlQuery query = new SqlQuery().append("SELECT " + DETAIL_COLUMNS + FROM);
        query.andSlugOrId("p", slugOrId);
        if (!includeInactive) {
            query.and("p.is_active");
        }
        return query.append(" ORDER BY p.id LIMIT 1").rows(em).stream()
                .findFirst()
                .map(ProductDetailRow::of);
    }

    private static SqlQuery filtered(SqlQuery query, ProductFilter filter, boolean includeInactive) {
        if (!includeInactive) {
            query.and("p.is_active");
        }
        filter.isActive().ifPresent(active -> query.and("p.is_active = ?", active));
        // Every word must appear, in any order: "dell latitude" finds "Latitude 5440 Dell".
        filter.search().ifPresent(text -> Arrays.stream(text.split("\\s+"))
                .filter(word -> !word.isBlank())
                .limit(MAX_SEARCH_WORDS)
                .forEach(word -> query.and("p.search_text LIKE niasotac_fold(?)", Like.contains(word))));
        filter.name().ifPresent(name -> query.and("niasotac_fold(p.name) LIKE niasotac_fold(?)", Like.contains(name)));
        filter.categoryPath().ifPresent(path -> query.and("c.path LIKE ?", Like.prefix(path)));
        if (!filter.brands().isEmpty()) {
            String[] brands = filter.brands().stream()
                    .map(b -> b.toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
            query.and("lower(p.brand) = ANY(CAST(? AS text[]))", (Object) brands);
        }
        filter.minPrice().ifPresent(min -> query.and("p.price >= ?", min));
        filter.maxPrice().ifPresent(max -> query.and("p.price <= ?", max));
        filter.inStock().ifPresent(inStock -> query.and("p.in_stock = ?", inStock));
        filter.isFeatured().ifPresent(featured -> query.and("p.is_featured = ?", featured));
        filter.isRecommended().ifPresent(recommended -> query.and("p.is_recommended = ?", recommended));
        filter.hasDiscount().ifPresent(discount -> query.and(discount ? HAS_DISCOUNT : "NOT " + HAS_DISCOUNT));
        filter.createdAfter().ifPresent(after -> query.and("p.created_at >= ?", after));
        filter.createdBefore().ifPresent(before -> query.and("p.created_at <= ?", before));
        ProductFilter.Thresholds thresholds = filter.thresholds();
        thresholds.minStock().ifPresent(min -> query.and("p.stock_quantity >= ?", min));
        thresholds.maxStock().ifPresent(max -> query.and("p.stock_quantity <= ?", max));
        thresholds.minViews().ifPresent(min -> query.and("p.view_count >= ?", min));
        thresholds.minClicks().ifPresent(min -> query.and("p.whatsapp_click_count >= ?", min));
        return query;
    }

    private long count(SqlQuery query) {
        return ((Number) query.create(em).getSingleResult()).longValue();
    }

    private List<ProductRow> rows(SqlQuery query) {
        return query.rows(em).stream().map(ProductRow::of).toList();
    }
}
