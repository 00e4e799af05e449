package com.niasotac.catalog.product.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.catalog.product.domain.ProductImage;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.media.ImageInspector;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.VariantFiles;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.NamedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Product images. Every change locks the product's row first, so "at most 10 images" and "exactly one
 * primary image" hold under concurrent uploads; the database's partial unique index backs the second. Each
 * image has its smaller variants ({@link VariantFiles}), recorded with it and deleted with it.
 */
@ApplicationScoped
public class ProductImageService {

    public static final int MAX_IMAGES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AfterCommit afterCommit;

    @Inject
    MediaStorage storage;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "product_image";

    /** {@code variants}: smallest first; none until they are made. Not part of the history (derived files). */
    public record ImageRow(
            long id,
            long productId,
            String storageKey,
            String altText,
            boolean primary,
            int order,
            int width,
            int height,
            @JsonbTransient List<VariantFiles.Stored> variants) {}

    public record ImageChange(String altText, Boolean isPrimary, Integer order) {}

    /** Images of products, primary first, then by order, with their variants (one statement). */
    public List<ImageRow> images(long productId) {
        Map<Long, NamedRow> images = new LinkedHashMap<>();
        Map<Long, List<VariantFiles.Stored>> variants = new LinkedHashMap<>();
        for (NamedRow r : NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT i.id, i.product_id, i.storage_key, i.alt_text, i.is_primary, i.sort_order, i.width,
                               i.height, v.max_width, v.width AS variant_width, v.height AS variant_height,
                               v.webp_key, v.webp_bytes, v.fallback_key, v.fallback_bytes
                        FROM product_image i LEFT JOIN product_image_variant v ON v.image_id = i.id
                        WHERE i.product_id = ?1 ORDER BY i.is_primary DESC, i.sort_order, i.id, v.max_width""")
                .setParameter(1, productId))) {
            long id = r.longValue("id");
            images.putIfAbsent(id, r);
            List<VariantFiles.Stored> of = variants.computeIfAbsent(id, key -> new ArrayList<>());
            if (r.get("max_width") != null) {
                of.add(new VariantFiles.Stored(
                        r.intValue("max_width"),
                        r.intValue("variant_width"),
                        r.intValue("variant_height"),
                        r.string("webp_key"),
                        r.longValue("webp_bytes"),
                        r.string("fallback_key"),
                        r.longValue("fallback_bytes")));
            }
        }
        return images.values().stream()
                .map(r -> new ImageRow(
                        r.longValue("id"),
                        r.longValue("product_id"),
                        r.string("storage_key"),
                        r.string("alt_text"),
                        r.bool("is_primary"),
                        r.intValue("sort_order"),
                        r.intValue("width"),
                        r.intValue("height"),
                        List.copyOf(variants.get(r.longValue("id")))))
                .toList();
    }

    /** Records the variants of an image, in the caller's transaction. */
    public void addVariants(long imageId, List<VariantFiles.Stored> variants) {
        for (VariantFiles.Stored v : variants) {
            em.createNativeQuery(
                            """
                            INSERT INTO product_image_variant
                                (image_id, max_width, width, height, webp_key, webp_bytes, fallback_key, fallback_bytes)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, imageId)
                    .setParameter(2, v.maxWidth())
                    .setParameter(3, v.width())
                    .setParameter(4, v.height())
                    .setParameter(5, v.webpKey())
                    .setParameter(6, v.webpBytes())
                    .setParameter(7, v.fallbackKey())
                    .setParameter(8, v.fallbackBytes())
                    .executeUpdate();
        }
    }

    /**
     * Every stored file of a product's images, originals and variants, their rows locked first so a variant
     * the backfill is recording for one of them is either committed and listed here, or refused.
     */
    public List<String> lockedFilesOf(long productId) {
        em.createNativeQuery("SELECT id FROM product_image WHERE product_id = ?1 FOR UPDATE")
                .setParameter(1, productId)
                .getResultList();
        return images(productId).stream().flatMap(ProductImageService::files).toList();
    }

    private static Stream<String> files(ImageRow image) {
        return Stream.concat(
                Stream.of(image.storageKey()), image.variants().stream().flatMap(v -> v.keys().stream()));
    }

    /** Records an image whose file is already stored under {@code key}, and its stored variants. */
    @Transactional
    public ImageRow add(
            long productId,
            String key,
            ImageInspector.Image image,
            long size,
            ImageChange change,
            List<VariantFiles.Stored> variants) {
        lockProduct(productId);
        int count = images(productId).size();
        if (count >= MAX_IMAGES) {
            throw RuleViolation.field("file", "a product has at most " + MAX_IMAGES + " images");
        }
        boolean primary = count == 0 || Boolean.TRUE.equals(change.isPrimary());
        if (primary) {
            demotePrimary(productId);
        }
        ProductImage row = new ProductImage(
                productId, key, image.format().contentType, size, image.width(), image.height(), Instant.now());
        row.describe(change.altText(), change.order() == null ? count : change.order());
        row.markPrimary(primary);
        em.persist(row);
        em.flush();
        addVariants(row.id(), variants);
        publicChanges.fire(new PublicDataChanged("image added"));
        ImageRow added = find(productId, row.id());
        audit.created(AUDIT_ENTITY, added.id(), label(productId), added);
        return added;
    }

    @Transactional
    public ImageRow change(long productId, long imageId, ImageChange change) {
        lockProduct(productId);
        ImageRow before = find(productId, imageId);
        ProductImage image = entity(productId, imageId);
        if (Boolean.FALSE.equals(change.isPrimary()) && image.isPrimary()) {
            throw RuleViolation.field(
                    "is_primary", "a product always has one primary image: mark another image primary instead");
        }
        if (Boolean.TRUE.equals(change.isPrimary()) && !image.isPrimary()) {
            demotePrimary(productId);
            image.markPrimary(true);
        }
        image.describe(
                change.altText() == null ? image.altText() : change.altText(),
                change.order() == null ? image.sortOrder() : change.order());
        em.flush();
        publicChanges.fire(new PublicDataChanged("image changed"));
        ImageRow after = find(productId, imageId);
        audit.updated(AUDIT_ENTITY, imageId, label(productId), before, after);
        return after;
    }

    @Transactional
    public void delete(long productId, long imageId) {
        lockProduct(productId);
        ProductImage image = entity(productId, imageId);
        em.lock(image, LockModeType.PESSIMISTIC_WRITE); // waits for a backfill recording its variants
        ImageRow before = find(productId, imageId);
        List<String> keys = files(before).toList();
        boolean wasPrimary = image.isPrimary();
        em.remove(image);
        em.flush();
        if (wasPrimary) {
            em.createNativeQuery(
                            """
                            UPDATE product_image SET is_primary = true WHERE id = (
                                SELECT id FROM product_image WHERE product_id = ?1 ORDER BY sort_order, id LIMIT 1)""")
                    .setParameter(1, productId)
                    .executeUpdate();
        }
        afterCommit.run("delete image files " + keys, () -> keys.forEach(storage::delete));
        publicChanges.fire(new PublicDataChanged("image deleted"));
        audit.deleted(AUDIT_ENTITY, imageId, label(productId), before);
    }

    /** The history names an image by its product. */
    private static String label(long productId) {
        return "product " + productId;
    }

    private ImageRow find(long productId, long imageId) {
        return images(productId).stream()
                .filter(image -> image.id() == imageId)
                .findFirst()
                .orElseThrow(() -> NotFound.of("Image"));
    }

    private ProductImage entity(long productId, long imageId) {
        ProductImage image = em.find(ProductImage.class, imageId);
        if (image == null || image.productId() != productId) {
            throw NotFound.of("Image");
        }
        return image;
    }

    private void demotePrimary(long productId) {
        em.createNativeQuery("UPDATE product_image SET is_primary = false WHERE product_id = ?1 AND is_primary")
                .setParameter(1, productId)
                .executeUpdate();
    }

    private void lockProduct(long productId) {
        List<?> locked = em.createNativeQuery("SELECT id FROM product WHERE id = ?1 FOR UPDATE")
                .setParameter(1, productId)
                .getResultList();
        if (locked.isEmpty()) {
            throw NotFound.of("Product");
        }
    }
}
