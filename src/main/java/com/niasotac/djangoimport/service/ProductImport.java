package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.Generation;
import com.niasotac.djangoimport.source.SourceRow;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Products with every field Django has, slugs and SKUs unchanged (links customers keep must work), prices exact,
 * and the counters, scores and overrides of their ProductStatus row. The later schema has no stock quantity:
 * its products keep their in-stock flag with a quantity of 0, as Django showed them.
 */
final class ProductImport extends PlainRowImport<ProductImport.DjangoProduct, ProductImport.Values> {

    static final String ENTITY = "products";
    /** numeric(12, 2) */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    record DjangoProduct(long id, long categoryId, Values values) {}

    record Values(
            String name,
            String slug,
            String sku,
            String barcode,
            String brand,
            long categoryNewId,
            String shortDescription,
            String description,
            String characteristics,
            BigDecimal price,
            BigDecimal compareAtPrice,
            BigDecimal costPrice,
            int stockQuantity,
            boolean inStock,
            boolean active,
            String metaTitle,
            String metaDescription,
            long viewCount,
            long whatsappClickCount,
            Instant lastViewedAt,
            BigDecimal featuredScore,
            BigDecimal recommendationScore,
            boolean featured,
            boolean recommended,
            boolean forceFeatured,
            boolean forceRecommended,
            boolean excludeFromFeatured,
            boolean excludeFromRecommended,
            Instant publishedAt,
            Instant createdAt,
            Instant updatedAt) {

        /** With what the plan settled: the category's id here, prices of 0 as not set. */
        Values settled(long category, BigDecimal compareAt, BigDecimal cost) {
            return new Values(
                    name,
                    slug,
                    sku,
                    barcode,
                    brand,
                    category,
                    shortDescription,
                    description,
                    characteristics,
                    price,
                    compareAt,
                    cost,
                    stockQuantity,
                    inStock,
                    active,
                    metaTitle,
                    metaDescription,
                    viewCount,
                    whatsappClickCount,
                    lastViewedAt,
                    featuredScore,
                    recommendationScore,
                    featured,
                    recommended,
                    forceFeatured,
                    forceRecommended,
                    excludeFromFeatured,
                    excludeFromRecommended,
                    publishedAt,
                    createdAt,
                    updatedAt);
        }
    }

    private static final TableWriter TABLE = new TableWriter(
            "product",
            "name",
            "slug",
            "sku",
            "barcode",
            "brand",
            "category_id",
            "short_description",
            "description",
            "characteristics",
            "price",
            "compare_at_price",
            "cost_price",
            "stock_quantity",
            "in_stock",
            "is_active",
            "meta_title",
            "meta_description",
            "view_count",
            "whatsapp_click_count",
            "last_viewed_at",
            "featured_score",
            "recommendation_score",
            "is_featured",
            "is_recommended",
            "force_featured",
            "force_recommended",
            "exclude_from_featured",
            "exclude_from_recommended",
            "published_at",
            "created_at",
            "updated_at");

    private final Generation generation;
    private final MediaWriter media;

    ProductImport(Generation generation, MediaWriter media) {
        super(TABLE);
        this.generation = generation;
        this.media = media;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        String stock = generation.original
                ? "p.description, NULL AS characteristics, p.in_stock, p.stock_quantity"
                : "NULL AS description, p.characteristics, p.is_in_stock AS in_stock, 0 AS stock_quantity";
        return "SELECT p.id, p.name, p.slug, p.sku, p.barcode, p.brand, p.category_id, p.short_description, " + stock
                + """
                , p.price, p.compare_at_price, p.cost_price, p.is_active, p.meta_title, p.meta_description,
                  s.view_count, s.whatsapp_click_count, s.last_viewed_at, s.featured_score, s.recommendation_score,
                  s.is_featured, s.is_recommended, s.force_featured, s.force_recommended, s.exclude_from_featured,
                  s.exclude_from_recommended, p.published_at, p.created_at, p.updated_at
                FROM showcase_product p LEFT JOIN showcase_productstatus s ON s.product_id = p.id
                ORDER BY p.id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_product ORDER BY id";
    }

    @Override
    public DjangoProduct read(SourceRow r) throws SQLException {
        return new DjangoProduct(
                r.id("id"),
                r.id("category_id"),
                new Values(
                        r.text("name"),
                        r.text("slug"),
                        r.text("sku"),
                        r.textOrNull("barcode"),
                        r.textOrNull("brand"),
                        0,
                        r.textOrNull("short_description"),
                        r.textOrNull("description"),
                        r.textOrNull("characteristics"),
                        r.decimal("price"),
                        r.decimal("compare_at_price"),
                        r.decimal("cost_price"),
                        (int) r.id("stock_quantity"),
                        r.bool("in_stock"),
                        r.bool("is_active"),
                        r.textOrNull("meta_title"),
                        r.textOrNull("meta_description"),
                        r.id("view_count"),
                        r.id("whatsapp_click_count"),
                        r.instant("last_viewed_at"),
                        score(r.decimal("featured_score")),
                        score(r.decimal("recommendation_score")),
                        r.bool("is_featured"),
                        r.bool("is_recommended"),
                        r.bool("force_featured"),
                        r.bool("force_recommended"),
                        r.bool("exclude_from_featured"),
                        r.bool("exclude_from_recommended"),
                        r.instant("published_at"),
                        r.instant("created_at"),
                        r.instant("updated_at")));
    }

    /** A product without a ProductStatus row has the scores of a product never scored. */
    private static BigDecimal score(BigDecimal value) {
        return value == null ? new BigDecimal("0.00") : value;
    }

    @Override
    public long oldId(DjangoProduct row) {
        return row.id();
    }

    @Override
    public String describe(DjangoProduct row) {
        return row.values().slug();
    }

    @Override
    public Plan<Values> plan(DjangoProduct row, ImportContext context) throws SQLException {
        Values v = row.values();
        Optional<String> problem = problem(v);
        if (problem.isPresent()) {
            return Plan.refuse(problem.get());
        }
        Optional<Long> category = context.newId(CategoryImport.ENTITY, row.categoryId());
        if (category.isEmpty()) {
            return Plan.refuse("its category #" + row.categoryId() + " was not imported");
        }
        List<String> notes = new ArrayList<>();
        BigDecimal compareAt = positiveOrNull(v.compareAtPrice(), "compare_at_price", notes);
        BigDecimal cost = positiveOrNull(v.costPrice(), "cost_price", notes);
        return Plan.write(v.settled(category.get(), compareAt, cost), notes);
    }

    private static Optional<String> problem(Values v) {
        if (v.name().isBlank() || v.name().length() > 200) {
            return Optional.of("a blank name or one over 200 characters");
        }
        if (v.slug().isBlank() || v.slug().length() > 220) {
            return Optional.of("a blank slug or one over 220 characters");
        }
        if (v.sku().isBlank() || v.sku().length() > 40) {
            return Optional.of("SKU '" + v.sku() + "' is blank or longer than the 40 characters kept here");
        }
        if (v.barcode() != null && v.barcode().length() > 64) {
            return Optional.of("a barcode over 64 characters");
        }
        if (v.price() == null || v.price().signum() <= 0 || v.price().compareTo(MAX_PRICE) > 0) {
            return Optional.of("price " + v.price() + " is not above 0 (or over 9,999,999,999.99)");
        }
        return Optional.empty();
    }

    /** Django allowed 0 for "no such price"; here these prices are either above 0 or not set. */
    private static BigDecimal positiveOrNull(BigDecimal value, String field, List<String> notes) {
        if (value != null && value.signum() <= 0) {
            notes.add(field + " " + value + " imported as not set");
            return null;
        }
        return value;
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.name(),
            v.slug(),
            v.sku(),
            v.barcode(),
            v.brand(),
            v.categoryNewId(),
            v.shortDescription(),
            v.description(),
            v.characteristics(),
            v.price(),
            v.compareAtPrice(),
            v.costPrice(),
            v.stockQuantity(),
            v.inStock(),
            v.active(),
            v.metaTitle(),
            v.metaDescription(),
            v.viewCount(),
            v.whatsappClickCount(),
            v.lastViewedAt(),
            v.featuredScore(),
            v.recommendationScore(),
            v.featured(),
            v.recommended(),
            v.forceFeatured(),
            v.forceRecommended(),
            v.excludeFromFeatured(),
            v.excludeFromRecommended(),
            v.publishedAt(),
            v.createdAt(),
            v.updatedAt()
        };
    }

    /** Its images' rows go with it (ON DELETE CASCADE); their files are deleted once that has committed. */
    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        ProductImageImport.deleteFilesOf(tx, newId, media);
        super.delete(tx, newId);
    }

    /**
     * New products here take SKU numbers from {@code product_sku_seq}: it is moved past the numbers of the
     * imported SKUs ({@code ORD-00042}), or the next product created here would collide with one.
     */
    @Override
    public Optional<String> finish(Tx tx) throws SQLException {
        Optional<String> highest = Sql.text(
                tx.connection(),
                """
                SELECT max(CAST(substring(sku FROM '-([0-9]{1,18})$') AS bigint)) FROM product
                WHERE sku ~ '^[A-Z]{3}-[0-9]{1,18}$'""");
        if (highest.isPresent()) {
            Sql.text(
                    tx.connection(),
                    """
                    SELECT setval('product_sku_seq', greatest(?, 1,
                        (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM product_sku_seq)))""",
                    Long.parseLong(highest.get()));
        }
        return Optional.empty();
    }
}
