package com.niasotac.catalog.product.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.catalog.category.domain.Category;
import com.niasotac.catalog.product.domain.Product;
import com.niasotac.catalog.product.domain.ProductDetails;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.platform.persistence.SqlQuery;
import com.niasotac.platform.persistence.UniqueSlugs;
import com.niasotac.platform.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changing products: creation with unique slug and SKU under concurrency, updates, deletion with its files,
 * the view and WhatsApp-click counters (single atomic statements: no increment is ever lost) and bulk actions.
 * Every change fires {@link ProductsChanged} so scores are recomputed after the commit.
 */
@ApplicationScoped
public class ProductService {

    static final int SLUG_LENGTH = 200;

    /** The history's name for products. */
    public static final String AUDIT_ENTITY = "product";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductQueries queries;

    @Inject
    AfterCommit afterCommit;

    @Inject
    MediaStorage storage;

    @Inject
    ProductImageService images;

    @Inject
    Event<ProductsChanged> changes;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    /** What a bulk action can change of a product, as the history records it. */
    public record BulkState(
            boolean isActive,
            boolean inStock,
            boolean forceFeatured,
            boolean forceRecommended,
            boolean excludeFromFeatured,
            boolean excludeFromRecommended,
            Instant publishedAt) {}

    /** Counts one WhatsApp click on an active product and returns the new total. */
    @Transactional
    public long trackWhatsappClick(String slugOrId) {
        // The total and the day's count in one statement, so "clicks in the last 30 days" is exact.
        SqlQuery click = new SqlQuery()
                .append("WITH clicked AS (UPDATE product AS p SET whatsapp_click_count = p.whatsapp_click_count + 1"
                        + " WHERE p.is_active");
        click.andSlugOrId("p", slugOrId);
        click.append(
                """
                 RETURNING p.id, p.whatsapp_click_count),
                day AS (INSERT INTO product_click_day (product_id, day, clicks)
                        SELECT id, (now() AT TIME ZONE 'UTC')::date, 1 FROM clicked
                        ON CONFLICT (product_id, day) DO UPDATE SET clicks = product_click_day.clicks + 1)
                SELECT whatsapp_click_count FROM clicked""");
        @SuppressWarnings("unchecked")
        List<Object> counts = click.create(em).getResultList();
        return counts.stream()
                .findFirst()
                .map(count -> ((Number) count).longValue())
                .orElseThrow(() -> NotFound.of("Product"));
    }

    /**
     * Demo data only: {@code views} views spread over the last 30 days and {@code clicks} clicks, written
     * as the counters would have recorded them.
     */
    @Transactional
    public void recordDemoActivity(long productId, int views, int clicks) {
        em.createNativeQuery(
                        """
                        INSERT INTO product_view_day (product_id, day, views)
                        SELECT ?1, (now() AT TIME ZONE 'UTC')::date - d, ?2 / 10 + (d % 3)
                        FROM generate_series(0, 9) AS d""")
                .setParameter(1, productId)
                .setParameter(2, views)
                .executeUpdate();
        em.createNativeQuery(
                        """
                        UPDATE product SET view_count = (SELECT sum(views) FROM product_view_day WHERE product_id = ?1),
                                           whatsapp_click_count = ?2, last_viewed_at = now() - interval '2 hours'
                        WHERE id = ?1""")
                .setParameter(1, productId)
                .setParameter(2, clicks)
                .executeUpdate();
        changed(List.of(productId));
    }

    @Transactional
    public ProductDetailRow create(ProductRequest request) {
        Category category = category(request.category());
        Instant now = Instant.now();
        Product product = new Product(slugFor(request, null), newSku(request, category), now);
        product.apply(details(request), product.slug(), product.sku(), now);
        em.persist(product);
        em.flush();
        changed(List.of(product.id()));
        audit.created(AUDIT_ENTITY, product.id(), request.name(), asRequest(Long.toString(product.id())));
        return queries.detail(Long.toString(product.id()), true).orElseThrow();
    }

    /** The current state as a request, for PATCH to merge into. */
    public ProductRequest asRequest(String slugOrId) {
        ProductDetailRow row = detailForStaff(slugOrId);
        ProductRow p = row.summary();
        return new ProductRequest(
                p.name(),
                p.slug(),
                row.sku(),
                row.barcode(),
                p.brand(),
                p.categoryId(),
                p.shortDescription(),
                row.description(),
                row.characteristics(),
                p.price(),
                p.compareAtPrice(),
                row.costPrice(),
                p.stockQuantity(),
                p.inStock(),
                row.active(),
                row.metaTitle(),
                row.metaDescription(),
                row.forceFeatured(),
                row.forceRecommended(),
                row.excludeFromFeatured(),
                row.excludeFromRecommended(),
                row.publishedAt());
    }

    @Transactional
    public ProductDetailRow update(String slugOrId, ProductRequest request) {
        ProductRequest before = asRequest(slugOrId);
        Product product =
                em.find(Product.class, detailForStaff(slugOrId).summary().id());
        category(request.category());
        String slug = slugFor(request, new UniqueSlugs.Current(product.id(), product.slug()));
        String sku = blank(request.sku()) ? product.sku() : request.sku();
        if (!sku.equals(product.sku()) && skuTaken(sku)) {
            throw Conflict.on("sku", "Another product already uses this SKU.");
        }
        product.apply(details(request), slug, sku, Instant.now());
        em.flush();
        changed(List.of(product.id()));
        audit.updated(AUDIT_ENTITY, product.id(), request.name(), before, asRequest(Long.toString(product.id())));
        return queries.detail(Long.toString(product.id()), true).orElseThrow();
    }

    @Transactional
    public void delete(String slugOrId) {
        long id = detailForStaff(slugOrId).summary().id();
        ProductRequest before = asRequest(slugOrId);
        List<String> files = images.lockedFilesOf(id); // originals and their variants
        em.remove(em.find(Product.class, id)); // images and daily views go with it (ON DELETE CASCADE)
        afterCommit.run("delete the images of product " + id, () -> files.forEach(storage::delete));
        publicChanges.fire(new PublicDataChanged("product deleted"));
        audit.deleted(AUDIT_ENTITY, id, before.name(), before);
    }

    /** Applies a bulk action; returns how many of the given products exist (and were updated). */
    @Transactional
    public int bulk(BulkAction action, List<Long> ids) {
        Long[] idArray = ids.stream().distinct().toArray(Long[]::new);
        int found;
        if (action.assignments == null) {
            found = ((Number) em.createNativeQuery("SELECT count(*) FROM product WHERE id = ANY(?1)")
                            .setParameter(1, idArray)
                            .getSingleResult())
                    .intValue();
        } else {
            Map<Long, BulkState> before = bulkStates(idArray);
            found = em.createNativeQuery(
                            "UPDATE product SET " + action.assignments + ", updated_at = now() WHERE id = ANY(?1)")
                    .setParameter(1, idArray)
                    .executeUpdate();
            Map<Long, BulkState> after = bulkStates(idArray);
            Map<Long, String> names = names(idArray);
            after.forEach((id, state) -> audit.updated(AUDIT_ENTITY, id, names.get(id), before.get(id), state));
        }
        changed(List.of(idArray));
        return found;
    }

    private Map<Long, BulkState> bulkStates(Long[] ids) {
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT id, is_active, in_stock, force_featured, force_recommended, exclude_from_featured,
                               exclude_from_recommended, published_at
                        FROM product WHERE id = ANY(?1)""")
                .setParameter(1, ids));
        Map<Long, BulkState> states = new java.util.HashMap<>();
        for (NamedRow r : rows) {
            states.put(
                    r.longValue("id"),
                    new BulkState(
                            r.bool("is_active"),
                            r.bool("in_stock"),
                            r.bool("force_featured"),
                            r.bool("force_recommended"),
                            r.bool("exclude_from_featured"),
                            r.bool("exclude_from_recommended"),
                            r.instant("published_at")));
        }
        return states;
    }

    private Map<Long, String> names(Long[] ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        NamedRow.all(NamedRow.query(em, "SELECT id, name FROM product WHERE id = ANY(?1)")
                        .setParameter(1, ids))
                .forEach(r -> names.put(r.longValue("id"), r.string("name")));
        return names;
    }

    private void changed(List<Long> ids) {
        changes.fire(new ProductsChanged(ids));
        publicChanges.fire(new PublicDataChanged("products changed"));
    }

    ProductDetailRow detailForStaff(String slugOrId) {
        return queries.detail(slugOrId, true).orElseThrow(() -> NotFound.of("Product"));
    }

    private Category category(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw RuleViolation.field("category", "no category has this id");
        }
        return category;
    }

    /** The slug asked for, else the product's own ({@code current}), else a new one from its name and brand. */
    private String slugFor(ProductRequest request, UniqueSlugs.Current current) {
        return UniqueSlugs.assign(
                em,
                UniqueSlugs.Table.PRODUCT,
                request.slug(),
                current,
                new UniqueSlugs.Words("name", SLUG_LENGTH - 8, request.name(), brandUnlessNamed(request)));
    }

    /** {@code ORD-00042}: three letters of the category's slug and the next number of a sequence. */
    private String newSku(ProductRequest request, Category category) {
        if (!blank(request.sku())) {
            if (skuTaken(request.sku())) {
                throw Conflict.on("sku", "Another product already uses this SKU.");
            }
            return request.sku();
        }
        String letters = category.slug().replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        String prefix = (letters + "XXX").substring(0, 3);
        long number = ((Number) em.createNativeQuery("SELECT nextval('product_sku_seq')")
                        .getSingleResult())
                .longValue();
        return "%s-%05d".formatted(prefix, number);
    }

    private boolean skuTaken(String sku) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM product WHERE sku = ?1")
                                .setParameter(1, sku)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static ProductDetails details(ProductRequest r) {
        return new ProductDetails(
                r.name().strip(),
                r.barcode(),
                blank(r.brand()) ? null : r.brand().strip(),
                r.category(),
                r.shortDescription(),
                r.description(),
                r.characteristics(),
                r.price(),
                r.compareAtPrice(),
                r.costPrice(),
                r.stockQuantity() == null ? 0 : r.stockQuantity(),
                r.inStock() == null || r.inStock(),
                r.isActive() == null || r.isActive(),
                r.metaTitle(),
                r.metaDescription(),
                Boolean.TRUE.equals(r.forceFeatured()),
                Boolean.TRUE.equals(r.forceRecommended()),
                Boolean.TRUE.equals(r.excludeFromFeatured()),
                Boolean.TRUE.equals(r.excludeFromRecommended()),
                r.publishedAt());
    }

    /** "Écran Dell" by Dell is {@code ecran-dell}, not {@code ecran-dell-dell}. */
    static String brandUnlessNamed(ProductRequest request) {
        if (blank(request.brand())) {
            return null;
        }
        String name = "-" + Slugs.slugify(SLUG_LENGTH, request.name()) + "-";
        return name.contains("-" + Slugs.slugify(SLUG_LENGTH, request.brand()) + "-") ? null : request.brand();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
