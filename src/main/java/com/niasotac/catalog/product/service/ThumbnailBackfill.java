package com.niasotac.catalog.product.service;

import com.niasotac.platform.media.ImageVariants;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.MediaStorageException;
import com.niasotac.platform.media.VariantFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes the variants of images stored without them: those uploaded or imported before variants existed, and any
 * whose variants could not be made at the time. Idempotent: it only ever picks images that have none, and the
 * same original always gives the same keys. One image per transaction, its row locked ({@code SKIP LOCKED}), so
 * several nodes share the work without doing any twice, and deleting that image waits for it. An image whose
 * file is missing or does not decode gets the reason in {@code product_image.variants_error} and is not tried
 * again; a store that fails, or libwebp that cannot be loaded ({@link LinkageError}), stops the run and leaves
 * the image to the next. {@link ThumbnailBackfillTimer} runs it every minute.
 */
@ApplicationScoped
public class ThumbnailBackfill {

    private static final Logger LOG = Logger.getLogger(ThumbnailBackfill.class.getName());

    static final int MAX_ERROR = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaStorage storage;

    @Inject
    ProductImageService images;

    /** What one {@link #next} did, to which image. */
    public record Step(long imageId, boolean made) {}

    /**
     * Makes the variants of the next image without them, by id after {@code after} (a run walks forward, so it
     * never reads again the rows it has passed); empty when none is left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Step> next(long after) {
        List<?> found = em.createNativeQuery(
                        """
                        SELECT i.id, i.storage_key FROM product_image i
                        WHERE i.id > ?1 AND i.variants_error IS NULL
                          AND NOT EXISTS (SELECT 1 FROM product_image_variant v WHERE v.image_id = i.id)
                        ORDER BY i.id LIMIT 1 FOR UPDATE OF i SKIP LOCKED""")
                .setParameter(1, after)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        long id = ((Number) row[0]).longValue();
        String key = (String) row[1];
        List<ImageVariants.Variant> made;
        try {
            made = ImageVariants.of(original(key));
        } catch (IOException e) {
            LOG.fine(() -> "No variants for " + key + ": " + e.getMessage());
            em.createNativeQuery("UPDATE product_image SET variants_error = ?1 WHERE id = ?2")
                    .setParameter(1, abbreviate(e.getMessage()))
                    .setParameter(2, id)
                    .executeUpdate();
            return Optional.of(new Step(id, false));
        }
        List<VariantFiles.Stored> stored = VariantFiles.store(storage, key, made);
        try {
            images.addVariants(id, stored);
        } catch (RuntimeException e) {
            VariantFiles.delete(storage, stored);
            throw e;
        }
        return Optional.of(new Step(id, true));
    }

    /** The original's bytes; a missing file is for good (IOException), a failed read is the store's (retried). */
    private byte[] original(String key) throws IOException {
        InputStream file = storage.open(key).orElseThrow(() -> new IOException("the file is not in media storage"));
        try (InputStream in = file) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MediaStorageException("cannot read " + key, e);
        }
    }

    private static String abbreviate(String message) {
        String text = message == null ? "cannot be made" : message;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
