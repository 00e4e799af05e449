package com.niasotac.catalog.product.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.catalog.product.domain.ProductImage;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.media.ImageInspector;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.persistence.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Product images. Every change locks the product's row first, so "at most 10 images" and "exactly one
 * primary image" hold under concurrent uploads; the database's partial unique index backs the second.
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

    public record ImageRow(
            long id,
            long productId,
            String storageKey,
            String altText,
            boolean primary,
            int order,
            int width,
            int height) {}

    public record ImageChange(String altText, Boolean isPrimary, Integer order) {}

    /** Images of products, primary first, then by order. */
    public List<ImageRow> images(long productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT id, product_id, storage_key, alt_text, is_primary, sort_order, width, height
                        FROM product_image WHERE product_id = ?1 ORDER BY is_primary DESC, sort_order, id""")
                .setParameter(1, productId)
                .getResultList();
        return rows.stream()
                .map(r -> new ImageRow(
                        longValue(r[0]),
                        longValue(r[1]),
                        string(r[2]),
                        string(r[3]),
                        bool(r[4]),
                        intValue(r[5]),
                        intValue(r[6]),
                        intValue(r[7])))
                .toList();
    }

    /** Records an image whose file is already stored under {@code key}. */
    @Transactional
    public ImageRow add(long productId, String key, ImageInspector.Image image, long size, ImageChange change) {
        lockProduct(productId);
        int count = images(productId).size();
        if (count >= MAX_IMAGES) {
            throw ApiException.invalidField("file", "a product has at most " + MAX_IMAGES + " images");
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
            throw ApiException.invalidField(
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
        ImageRow before = find(productId, imageId);
        ProductImage image = entity(productId, imageId);
        String key = image.storageKey();
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
        afterCommit.run("delete image file " + key, () -> storage.delete(key));
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
                .orElseThrow(() -> ApiException.notFound("Image"));
    }

    private ProductImage entity(long productId, long imageId) {
        ProductImage image = em.find(ProductImage.class, imageId);
        if (image == null || image.productId() != productId) {
            throw ApiException.notFound("Image");
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
            throw ApiException.notFound("Product");
        }
    }
}
