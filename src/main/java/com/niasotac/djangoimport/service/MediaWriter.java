package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.MediaFolder;
import com.niasotac.platform.media.IconInspector;
import com.niasotac.platform.media.ImageInspector;
import com.niasotac.platform.media.ImageVariants;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.Uploads;
import com.niasotac.platform.media.VariantFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Copies Django media into this application's storage: each file re-read from --media, checked by its content
 * with the same inspectors uploads go through, and stored under a fresh key as an upload would be. Rules that
 * only apply to new uploads (size, 300 × 300) become notes; a file that is missing or not an image is refused.
 */
final class MediaWriter {

    /** Uploads are refused beyond this; imported files are kept, with a note. */
    static final long UPLOAD_LIMIT_BYTES = Uploads.MAX_IMAGE_BYTES;

    static final int UPLOAD_MIN_SIDE = Uploads.MIN_IMAGE_SIDE;

    private final MediaFolder media;
    private final MediaStorage storage;
    private final boolean variants;

    MediaWriter(MediaFolder media, MediaStorage storage, boolean variants) {
        this.media = media;
        this.storage = storage;
        this.variants = variants;
    }

    Optional<MediaFolder.FileStat> stat(String name) {
        return media.stat(name);
    }

    static String missing(String name) {
        return "file missing from --media: " + name;
    }

    /** Reads a product or service image; refused when it is not a complete JPEG, PNG or WebP image. */
    Plan<StoredFile> readImage(StoredFile file, boolean productImage) {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
            return Plan.refuse("file unreadable: " + file.file().name());
        }
        Optional<ImageInspector.Image> image = ImageInspector.inspect(bytes.get());
        if (image.isEmpty()) {
            return Plan.refuse(
                    "not a complete JPEG, PNG or WebP image: " + file.file().name());
        }
        ImageInspector.Format format = image.get().format();
        List<String> notes = uploadNotes(file, bytes.get().length, format.extension);
        if (productImage
                && (image.get().width() < UPLOAD_MIN_SIDE || image.get().height() < UPLOAD_MIN_SIDE)) {
            notes.add("imported at " + image.get().width() + "×" + image.get().height()
                    + " (new uploads need at least 300×300)");
        }
        List<ImageVariants.Variant> made = productImage && variants ? variants(bytes.get(), notes) : List.of();
        return Plan.write(
                new StoredFile(
                        file.file(),
                        new StoredFile.Content(
                                bytes.get(),
                                format.extension,
                                format.contentType,
                                image.get().width(),
                                image.get().height(),
                                made)),
                notes);
    }

    /** A product image's variants, as uploads get them; none, with a note, when they cannot be made. */
    private static List<ImageVariants.Variant> variants(byte[] content, List<String> notes) {
        try {
            return ImageVariants.of(content);
        } catch (IOException | LinkageError e) {
            notes.add("imported without its smaller variants (" + e + "); the application makes them later");
            return List.of();
        }
    }

    /** Reads a category icon: an image, an ICO, or an SVG without active content. */
    Plan<StoredFile> readIcon(StoredFile file) {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
            return Plan.refuse("file unreadable: " + file.file().name());
        }
        Optional<IconInspector.Icon> icon = IconInspector.inspect(bytes.get());
        if (icon.isEmpty()) {
            return Plan.refuse("not an icon this application serves (PNG, JPEG, WebP, ICO, or SVG without scripts): "
                    + file.file().name());
        }
        List<String> notes = uploadNotes(file, bytes.get().length, icon.get().extension());
        return Plan.write(
                new StoredFile(
                        file.file(),
                        new StoredFile.Content(
                                bytes.get(), icon.get().extension(), icon.get().contentType(), 0, 0)),
                notes);
    }

    /** Stores the content under a new key in {@code folder}; the rollback of {@code tx} deletes it again. */
    String store(Tx tx, String folder, StoredFile file) {
        StoredFile.Content content = file.content();
        String key = Uploads.newKey(folder, content.extension());
        storage.store(key, content.bytes(), content.contentType());
        tx.onRollback(() -> storage.delete(key));
        return key;
    }

    /** Stores the variants of the file stored under {@code key}; the rollback of {@code tx} deletes them again. */
    List<VariantFiles.Stored> storeVariants(Tx tx, String key, StoredFile file) {
        List<VariantFiles.Stored> stored =
                VariantFiles.store(storage, key, file.content().variants());
        tx.onRollback(() -> VariantFiles.delete(storage, stored));
        return stored;
    }

    /** Deletes a stored file once {@code tx} has committed (the row no longer points at it). */
    void deleteAfterCommit(Tx tx, String key) {
        if (key != null) {
            tx.afterCommit(() -> storage.delete(key));
        }
    }

    private Optional<byte[]> bytes(StoredFile file) {
        try {
            return Optional.of(media.read(file.file()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> uploadNotes(StoredFile file, long size, String extension) {
        List<String> notes = new ArrayList<>();
        if (size > UPLOAD_LIMIT_BYTES) {
            notes.add("imported at " + size / 1024 + " KB (new uploads are limited to 5 MB)");
        }
        String name = file.file().name();
        String named = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!named.equals(extension) && !(named.equals("jpeg") && extension.equals("jpg"))) {
            notes.add("stored as ." + extension + ", what its content is (named ." + named + ")");
        }
        return notes;
    }
}
