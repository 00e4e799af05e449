package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.util.function.BiFunction;

/**
 * A Django FileField that becomes one stored file and its key in a column here: category icons
 * ({@code category.icon_key}), service images ({@code site_service.image_key}). Mapped by the owner's Django id,
 * so a missing or broken file is tried again on every run until it is fixed, without touching its owner.
 */
final class FileColumnImport implements EntityImport<FileColumnImport.DjangoFile, FileColumnImport.Values> {

    record DjangoFile(long ownerId, String name) {}

    record Values(long ownerNewId, StoredFile file) {}

    private final String entity;
    private final String ownerEntity;
    private final String djangoTable;
    private final String djangoColumn;
    private final String table;
    private final String column;
    private final String folder;
    private final MediaWriter media;
    private final BiFunction<MediaWriter, StoredFile, Plan<StoredFile>> reader;

    private FileColumnImport(
            String entity,
            String ownerEntity,
            String djangoTable,
            String djangoColumn,
            String table,
            String column,
            String folder,
            MediaWriter media,
            BiFunction<MediaWriter, StoredFile, Plan<StoredFile>> reader) {
        this.entity = entity;
        this.ownerEntity = ownerEntity;
        this.djangoTable = djangoTable;
        this.djangoColumn = djangoColumn;
        this.table = table;
        this.column = column;
        this.folder = folder;
        this.media = media;
        this.reader = reader;
    }

    static FileColumnImport categoryIcons(MediaWriter media) {
        return new FileColumnImport(
                "category icons",
                CategoryImport.ENTITY,
                "showcase_category",
                "icon_file",
                "category",
                "icon_key",
                "categories",
                media,
                MediaWriter::readIcon);
    }

    static FileColumnImport serviceImages(MediaWriter media) {
        return new FileColumnImport(
                "service images",
                ServiceImport.ENTITY,
                "showcase_service",
                "image",
                "site_service",
                "image_key",
                "services",
                media,
                (writer, file) -> writer.readImage(file, false));
    }

    @Override
    public String entity() {
        return entity;
    }

    @Override
    public String sourceQuery() {
        return "SELECT id, " + djangoColumn + " AS name FROM " + djangoTable + " WHERE " + djangoColumn
                + " IS NOT NULL AND " + djangoColumn + " <> '' ORDER BY id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM (" + sourceQuery() + ") files";
    }

    @Override
    public boolean copiesFiles() {
        return true;
    }

    @Override
    public DjangoFile read(SourceRow row) throws SQLException {
        return new DjangoFile(row.id("id"), row.text("name"));
    }

    @Override
    public long oldId(DjangoFile row) {
        return row.ownerId();
    }

    @Override
    public String describe(DjangoFile row) {
        return row.name();
    }

    @Override
    public Plan<Values> plan(DjangoFile row, ImportContext context) throws SQLException {
        var owner = context.newId(ownerEntity, row.ownerId());
        if (owner.isEmpty()) {
            return Plan.refuse("its " + ownerEntity + " row #" + row.ownerId() + " was not imported");
        }
        return media.stat(row.name())
                .<Plan<Values>>map(file -> Plan.write(new Values(owner.get(), StoredFile.unread(file))))
                .orElseGet(() -> Plan.refuse(MediaWriter.missing(row.name())));
    }

    @Override
    public Plan<Values> prepare(Values values) {
        Plan<StoredFile> read = reader.apply(media, values.file());
        if (read instanceof Plan.Write<StoredFile> file) {
            return Plan.write(new Values(values.ownerNewId(), file.values()), file.notes());
        }
        return Plan.refuse(((Plan.Refuse<StoredFile>) read).reason());
    }

    @Override
    public long insert(Tx tx, Values values) throws SQLException {
        if (!update(tx, values.ownerNewId(), values)) {
            throw new SQLException("its " + ownerEntity + " row is not here any more");
        }
        return values.ownerNewId();
    }

    @Override
    public boolean update(Tx tx, long newId, Values values) throws SQLException {
        String old = Sql.text(tx.connection(), "SELECT " + column + " FROM " + table + " WHERE id = ?", newId)
                .orElse(null);
        String key = media.store(tx, folder + "/" + newId, values.file());
        boolean found = Sql.update(
                        tx.connection(),
                        "UPDATE " + table + " SET " + column + " = ?, updated_at = now() WHERE id = ?",
                        key,
                        newId)
                == 1;
        media.deleteAfterCommit(tx, old);
        return found;
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        String old = Sql.text(tx.connection(), "SELECT " + column + " FROM " + table + " WHERE id = ?", newId)
                .orElse(null);
        Sql.update(
                tx.connection(),
                "UPDATE " + table + " SET " + column + " = NULL, updated_at = now() WHERE id = ?",
                newId);
        media.deleteAfterCommit(tx, old);
    }
}
