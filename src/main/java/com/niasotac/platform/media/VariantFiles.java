package com.niasotac.platform.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores an image's {@link ImageVariants} beside its original, under keys made from the original's:
 * {@code products/12/ab12….jpg} → {@code products/12/ab12…-320.webp}, {@code …-320.jpg}, {@code …-800.webp}, …
 * The same original always gives the same keys, so storing again (a retried backfill) replaces, never piles up.
 */
public final class VariantFiles {

    /** A stored variant: what the database keeps of it. */
    public record Stored(
            int maxWidth,
            int width,
            int height,
            String webpKey,
            long webpBytes,
            String fallbackKey,
            long fallbackBytes) {

        public List<String> keys() {
            return List.of(webpKey, fallbackKey);
        }
    }

    private VariantFiles() {}

    public static String key(String originalKey, int maxWidth, ImageInspector.Format format) {
        return originalKey.substring(0, originalKey.lastIndexOf('.')) + "-" + maxWidth + "." + format.extension;
    }

    /**
     * Stores every file of {@code variants}; when one cannot be stored, those already stored are deleted and the
     * {@link MediaStorageException} is thrown.
     */
    public static List<Stored> store(MediaStorage storage, String originalKey, List<ImageVariants.Variant> variants) {
        List<String> written = new ArrayList<>();
        List<Stored> stored = new ArrayList<>();
        try {
            for (ImageVariants.Variant variant : variants) {
                String webp = put(storage, originalKey, variant.size(), variant.webp(), written);
                String fallback = put(storage, originalKey, variant.size(), variant.fallback(), written);
                stored.add(new Stored(
                        variant.size(),
                        variant.width(),
                        variant.height(),
                        webp,
                        variant.webp().bytes().length,
                        fallback,
                        variant.fallback().bytes().length));
            }
            return stored;
        } catch (RuntimeException e) {
            written.forEach(key -> deleteQuietly(storage, key));
            throw e;
        }
    }

    /** Deletes the files of these variants (a missing one is no error). */
    public static void delete(MediaStorage storage, List<Stored> variants) {
        variants.stream().flatMap(v -> v.keys().stream()).forEach(storage::delete);
    }

    private static String put(
            MediaStorage storage, String originalKey, int size, ImageVariants.Encoded file, List<String> written) {
        String key = key(originalKey, size, file.format());
        storage.store(key, file.bytes(), file.format().contentType);
        written.add(key);
        return key;
    }

    private static void deleteQuietly(MediaStorage storage, String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            // already failing: the first error is the one to report
        }
    }
}
