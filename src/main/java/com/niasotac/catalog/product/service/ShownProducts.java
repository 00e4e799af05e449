package com.niasotac.catalog.product.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.platform.persistence.NamedRow;
import com.niasotac.platform.persistence.SqlQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * A product's page as it is shown: its detail row and its images, kept per product with the version they were
 * read at, the catalog generation (it moves with any image, variant or category write: V14, V16) and the row's
 * {@code xmin} (it changes with any update of the row, the view-count flush included). One small statement finds
 * the product and both versions; only when either has moved are the row and the images read again. So a page
 * shown again costs one statement instead of two wide ones, and is exactly what the database holds.
 */
@ApplicationScoped
public class ShownProducts {

    /** Products kept: the busy part of a 100,000-product catalog, a few KB each. */
    static final int MAX_KEPT = 10_000;

    /** A product's detail row and its images, primary first. */
    public record ShownProduct(ProductDetailRow detail, List<ProductImageService.ImageRow> images) {}

    private record Version(long generation, String rowVersion) {}

    private record Kept(Version version, ShownProduct shown) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductQueries queries;

    @Inject
    ProductImageService images;

    private final Cache<Long, Kept> kept =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

    /** The product with this slug or id, active unless {@code includeInactive}. */
    public Optional<ShownProduct> find(String slugOrId, boolean includeInactive) {
        SqlQuery lookup = new SqlQuery()
                .append("SELECT g.generation, txid_current_if_assigned() IS NULL AS committed, p.id,"
                        + " p.xmin::text AS row_version FROM catalog_generation g"
                        + " LEFT JOIN LATERAL (SELECT p.id, p.xmin FROM product p WHERE true");
        lookup.andSlugOrId("p", slugOrId);
        if (!includeInactive) {
            lookup.and("p.is_active");
        }
        NamedRow found =
                lookup.append(" ORDER BY p.id LIMIT 1) p ON true").rows(em).get(0);
        if (found.get("id") == null) {
            return Optional.empty();
        }
        long id = found.longValue("id");
        if (!found.bool("committed")) {
            return read(id); // this transaction has written: what it reads may yet be rolled back
        }
        // Read after the versions: what is read then is at least as new as they say.
        Version version = new Version(found.longValue("generation"), found.string("row_version"));
        Kept known = kept.getIfPresent(id);
        if (known != null && known.version().equals(version)) {
            return Optional.of(known.shown());
        }
        Optional<ShownProduct> shown = read(id);
        shown.ifPresent(product -> kept.put(id, new Kept(version, product)));
        return shown;
    }

    private Optional<ShownProduct> read(long id) {
        return queries.detail(Long.toString(id), true).map(detail -> new ShownProduct(detail, images.images(id)));
    }
}
