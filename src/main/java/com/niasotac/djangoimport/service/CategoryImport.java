package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Django's MPTT categories, by their parents (never lft/rght): read parents first through a recursive query, so
 * each gets the materialised path ({@code /1/7/12/}), names path and level of the parent already written. The
 * parent's path is part of the fingerprint, so a move or a rename upstream rewrites the whole subtree.
 */
final class CategoryImport extends PlainRowImport<CategoryImport.DjangoCategory, CategoryImport.Values> {

    static final String ENTITY = "categories";
    private static final TableWriter TABLE = new TableWriter(
            "category",
            "name",
            "slug",
            "parent_id",
            "path",
            "full_path",
            "level",
            "is_main_category",
            "created_at",
            "updated_at");

    CategoryImport() {
        super(TABLE);
    }

    record DjangoCategory(
            long id, String name, String slug, Long parentId, Long depth, Instant createdAt, Instant updatedAt) {}

    /** parentPath/parentFullPath are "/" and "" for a root. */
    record Values(
            String name,
            String slug,
            Long parentNewId,
            String parentPath,
            String parentFullPath,
            int level,
            Instant createdAt,
            Instant updatedAt) {

        String fullPath() {
            return parentNewId == null ? name : parentFullPath + " > " + name;
        }
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                WITH RECURSIVE tree(id, depth) AS (
                    SELECT id, 0 FROM showcase_category WHERE parent_id IS NULL
                    UNION ALL
                    SELECT c.id, t.depth + 1 FROM showcase_category c JOIN tree t ON c.parent_id = t.id)
                SELECT c.id, c.name, c.slug, c.parent_id, c.created_at, c.updated_at, t.depth
                FROM showcase_category c LEFT JOIN tree t ON t.id = c.id
                ORDER BY t.depth IS NULL, t.depth, c.id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_category ORDER BY id";
    }

    @Override
    public DjangoCategory read(SourceRow row) throws SQLException {
        return new DjangoCategory(
                row.id("id"),
                row.text("name"),
                row.text("slug"),
                row.longOrNull("parent_id"),
                row.longOrNull("depth"),
                row.instant("created_at"),
                row.instant("updated_at"));
    }

    @Override
    public long oldId(DjangoCategory row) {
        return row.id();
    }

    @Override
    public String describe(DjangoCategory row) {
        return row.slug();
    }

    @Override
    public Plan<Values> plan(DjangoCategory row, ImportContext context) throws SQLException {
        if (row.depth() == null) {
            return Plan.refuse("its parents form a cycle that never reaches a root category");
        }
        if (row.slug().isBlank()
                || row.slug().length() > 140
                || row.name().isBlank()
                || row.name().length() > 120) {
            return Plan.refuse("a blank or too long name or slug (this application keeps 120 and 140 characters)");
        }
        if (row.parentId() == null) {
            return Plan.write(values(row, null, "/", ""));
        }
        Optional<Long> parent = context.newId(ENTITY, row.parentId());
        if (parent.isEmpty()) {
            return Plan.refuse("its parent category #" + row.parentId() + " was not imported");
        }
        if (parent.get() == ImportContext.NOT_WRITTEN) {
            return Plan.write(values(row, parent.get(), "?", "?"));
        }
        Optional<String> path = Sql.text(context.target(), "SELECT path FROM category WHERE id = ?", parent.get());
        Optional<String> names =
                Sql.text(context.target(), "SELECT full_path FROM category WHERE id = ?", parent.get());
        if (path.isEmpty() || names.isEmpty()) {
            return Plan.refuse("its parent category is no longer here (deleted in this application)");
        }
        return Plan.write(values(row, parent.get(), path.get(), names.get()));
    }

    private static Values values(DjangoCategory row, Long parent, String parentPath, String parentNames) {
        return new Values(
                row.name(),
                row.slug(),
                parent,
                parentPath,
                parentNames,
                row.depth().intValue(),
                row.createdAt(),
                row.updatedAt());
    }

    /** The path holds the row's own id: "/" until {@link #placeAt} completes it (as CategoryService does). */
    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.name(),
            v.slug(),
            v.parentNewId(),
            "/",
            v.fullPath(),
            v.level(),
            v.parentNewId() == null,
            v.createdAt(),
            v.updatedAt()
        };
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        long id = super.insert(tx, v);
        placeAt(tx, id, v);
        return id;
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        boolean found = super.update(tx, newId, v);
        if (found) {
            placeAt(tx, newId, v);
        }
        return found;
    }

    private static void placeAt(Tx tx, long id, Values v) throws SQLException {
        Sql.update(tx.connection(), "UPDATE category SET path = ? || id || '/' WHERE id = ?", v.parentPath(), id);
    }
}
