package com.niasotac.catalog.product.service;

import com.niasotac.platform.media.ImageInspector;
import com.niasotac.platform.media.ImageVariants;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.Uploads;
import com.niasotac.platform.media.VariantFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Storing a new product image: the original under a fresh key, its variants beside it, then its row. The files
 * are stored before the row is written and removed again if it cannot be, so neither a row without a file nor a
 * file without a row is left behind. Variants that cannot be made are logged and left to {@link
 * ThumbnailBackfill}: the image is still added.
 */
@ApplicationScoped
public class ProductImageFiles {

    private static final Logger LOG = Logger.getLogger(ProductImageFiles.class.getName());

    @Inject
    MediaStorage storage;

    @Inject
    ProductImageService images;

    public ProductImageService.ImageRow add(
            long productId, byte[] content, ImageInspector.Image image, ProductImageService.ImageChange change) {
        String key = Uploads.newKey("products/" + productId, image.format().extension);
        storage.store(key, content, image.format().contentType);
        List<VariantFiles.Stored> variants = List.of();
        try {
            variants = make(key, content)
                    .map(made -> VariantFiles.store(storage, key, made))
                    .orElse(List.of());
            return images.add(productId, key, image, content.length, change, variants);
        } catch (RuntimeException e) {
            storage.delete(key);
            VariantFiles.delete(storage, variants);
            throw e;
        }
    }

    /** The variants of an original; empty (logged) when they cannot be made, whatever the reason. */
    static Optional<List<ImageVariants.Variant>> make(String key, byte[] content) {
        try {
            return Optional.of(ImageVariants.of(content));
        } catch (IOException | LinkageError e) {
            // LinkageError: libwebp could not be loaded on this machine; the originals still serve
            LOG.log(Level.WARNING, e, () -> "No variants for " + key + ": " + e);
            return Optional.empty();
        }
    }
}
