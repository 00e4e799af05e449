package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.MediaFolder;
import com.niasotac.platform.media.ImageVariants;
import java.util.List;

/**
 * A Django media file about to be copied: where it is ({@link MediaFolder.FileStat}, the part that goes into the
 * fingerprint) and, once read and checked, what it is. Only rows that are written are ever read.
 */
record StoredFile(MediaFolder.FileStat file, Content content) {

    /**
     * What the content turned out to be, by its bytes rather than its name; for a product image, its smaller
     * variants too (none when they could not be made: the application's backfill makes them later).
     */
    record Content(
            byte[] bytes,
            String extension,
            String contentType,
            int width,
            int height,
            List<ImageVariants.Variant> variants) {

        Content(byte[] bytes, String extension, String contentType, int width, int height) {
            this(bytes, extension, contentType, width, height, List.of());
        }
    }

    static StoredFile unread(MediaFolder.FileStat file) {
        return new StoredFile(file, null);
    }

    /** Without the bytes: the fingerprint is the file's name, size and time. */
    @Override
    public String toString() {
        return "StoredFile[" + file + "]";
    }
}
