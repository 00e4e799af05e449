package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import com.niasotac.platform.media.VariantFiles;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Product images: each file re-read from --media, checked by content, stored through this application's storage
 * under a key of its product with its smaller variants beside it (as uploads are), with its order, alt text and
 * primary flag. A missing or unreadable file is skipped
 * (and tried again next run); once all are written, a product left without a primary image (its Django primary
 * was skipped) gets its first image by order as primary, the rule this application keeps.
 */
final class ProductImageImport implements EntityImport<ProductImageImport.DjangoImage, ProductImageImport.Values> {

    static final String ENTITY = "product images";

    record DjangoImage(
            long id, long productId, String name, String altText, boolean primary, int order, Instant createdAt) {}

    record Values(long productNewId, StoredFile file, String altText, boolean primary, int order, Instant createdAt) {

        Values with(StoredFile read) {
            return new Values(productNewId, read, altText, primary, order, createdAt);
        }
    }

    private final MediaWriter media;

    ProductImageImport(MediaWriter media) {
        this.media = media;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT id, product_id, image, alt_text, is_primary, "order" AS sort_order, created_at
                FROM showcase_productimage ORDER BY product_id, id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_productimage ORDER BY id";
    }

    @Override
    public boolean copiesFiles() {
        return true;
    }

    @Override
    public DjangoImage read(SourceRow row) throws SQLException {
        return new DjangoImage(
                row.id("id"),
                row.id("product_id"),
                row.text("image"),
                row.textOrNull("alt_text"),
                row.bool("is_primary"),
                (int) row.id("sort_order"),
                row.instant("created_at"));
    }

    @Override
    public long oldId(DjangoImage row) {
        return row.id();
    }

    @Override
    public String describe(DjangoImage row) {
        return row.name();
    }

    @Override
    public Plan<Values> plan(DjangoImage row, ImportContext context) throws SQLException {
        Optional<Long> product = context.newId(ProductImport.ENTITY, row.productId());
        if (product.isEmpty()) {
            return Plan.refuse("its product #" + row.productId() + " was not imported");
        }
        return media.stat(row.name())
                .<Plan<Values>>map(file -> Plan.write(new Values(
                        product.get(),
                        StoredFile.unread(file),
                        row.altText(),
                        row.primary(),
                        row.order(),
                        row.createdAt())))
                .orElseGet(() -> Plan.refuse(MediaWriter.missing(row.name())));
    }

    @Override
    public Plan<Values> prepare(Values values) {
        Plan<StoredFile> read = media.readImage(values.file(), true);
        if (read instanceof Plan.Write<StoredFile> file) {
            return Plan.write(values.with(file.values()), file.notes());
        }
        return Plan.refuse(((Plan.Refuse<StoredFile>) read).reason());
    }

    private static final TableWriter TABLE = new TableWriter(
            "product_image",
            "product_id",
            "storage_key",
            "content_type",
            "size_bytes",
            "width",
            "height",
            "alt_text",
            "is_primary",
            "sort_order",
            "created_at");

    private static Object[] columns(Values v, String key) {
        StoredFile.Content content = v.file().content();
        return new Object[] {
            v.productNewId(),
            key,
            content.contentType(),
            (long) content.bytes().length,
            content.width(),
            content.height(),
            v.altText(),
            v.primary(),
            v.order(),
            v.createdAt()
        };
    }

    private static final TableWriter VARIANTS = new TableWriter(
            "product_image_variant",
            "image_id",
            "max_width",
            "width",
            "height",
            "webp_key",
            "webp_bytes",
            "fallback_key",
            "fallback_bytes");

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        String key = media.store(tx, "products/" + v.productNewId(), v.file());
        List<VariantFiles.Stored> variants = media.storeVariants(tx, key, v.file());
        demoteOtherPrimary(tx, v, -1);
        long id = TABLE.insert(tx, columns(v, key));
        insertVariants(tx, id, variants);
        return id;
    }

    /**
     * A changed row gets its file copied again (under a new key), with new variants: rows change rarely, files
     * are never edited.
     */
    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        Optional<String> old = Sql.text(tx.connection(), "SELECT storage_key FROM product_image WHERE id = ?", newId);
        if (old.isEmpty()) {
            return false;
        }
        String key = media.store(tx, "products/" + v.productNewId(), v.file());
        List<VariantFiles.Stored> variants = media.storeVariants(tx, key, v.file());
        demoteOtherPrimary(tx, v, newId);
        TABLE.update(tx, newId, columns(v, key));
        deleteVariantFilesAfterCommit(tx, newId);
        Sql.update(tx.connection(), "DELETE FROM product_image_variant WHERE image_id = ?", newId);
        insertVariants(tx, newId, variants);
        media.deleteAfterCommit(tx, old.get());
        return true;
    }

    private static void insertVariants(Tx tx, long imageId, List<VariantFiles.Stored> variants) throws SQLException {
        for (VariantFiles.Stored v : variants) {
            VARIANTS.insert(
                    tx,
                    imageId,
                    v.maxWidth(),
                    v.width(),
                    v.height(),
                    v.webpKey(),
                    v.webpBytes(),
                    v.fallbackKey(),
                    v.fallbackBytes());
        }
    }

    /** The files of an image's variants go once {@code tx} has committed (the rows are deleted with it). */
    private void deleteVariantFilesAfterCommit(Tx tx, long imageId) throws SQLException {
        keys(tx, "SELECT webp_key, fallback_key FROM product_image_variant WHERE image_id = ?", imageId)
                .forEach(key -> media.deleteAfterCommit(tx, key));
    }

    /** The stored files a query names, every column of every row. */
    private static List<String> keys(Tx tx, String sql, long id) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = tx.connection().prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        keys.add(rows.getString(column));
                    }
                }
            }
        }
        return keys;
    }

    /** At most one primary image per product (a unique index): the one written last wins, as uploads do. */
    private static void demoteOtherPrimary(Tx tx, Values v, long keep) throws SQLException {
        if (v.primary()) {
            Sql.update(
                    tx.connection(),
                    "UPDATE product_image SET is_primary = false WHERE product_id = ? AND is_primary AND id <> ?",
                    v.productNewId(),
                    keep);
        }
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        Sql.text(tx.connection(), "SELECT storage_key FROM product_image WHERE id = ? FOR UPDATE", newId);
        deleteVariantFilesAfterCommit(tx, newId);
        Sql.text(tx.connection(), "DELETE FROM product_image WHERE id = ? RETURNING storage_key", newId)
                .ifPresent(key -> media.deleteAfterCommit(tx, key));
    }

    @Override
    public Optional<String> finish(Tx tx) throws SQLException {
        int promoted = Sql.update(
                tx.connection(),
                """
                UPDATE product_image SET is_primary = true WHERE id IN (
                    SELECT DISTINCT ON (product_id) id FROM product_image i
                    WHERE NOT EXISTS (SELECT 1 FROM product_image p WHERE p.product_id = i.product_id AND p.is_primary)
                    ORDER BY product_id, sort_order, id)""");
        return promoted == 0
                ? Optional.empty()
                : Optional.of(promoted + " product(s) had no primary image among those imported: their first image"
                        + " by order became primary");
    }

    /** The files of a product's images and their variants, deleted once the product's deletion has committed. */
    static void deleteFilesOf(Tx tx, long productId, MediaWriter media) throws SQLException {
        // The images' rows locked first: a variant the application's backfill is recording is committed, then seen.
        List<String> files =
                keys(tx, "SELECT storage_key FROM product_image WHERE product_id = ? FOR UPDATE", productId);
        files.addAll(keys(
                tx,
                """
                SELECT v.webp_key, v.fallback_key FROM product_image_variant v
                JOIN product_image i ON i.id = v.image_id WHERE i.product_id = ?""",
                productId));
        files.forEach(key -> media.deleteAfterCommit(tx, key));
    }
}
