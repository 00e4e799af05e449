package com.niasotac.catalog.category.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.catalog.category.domain.Category;
import com.niasotac.catalog.generation.service.CatalogGeneration;
import com.niasotac.catalog.generation.service.KeptPerGeneration;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.SlugOrId;
import com.niasotac.platform.persistence.SqlQuery;
import com.niasotac.platform.persistence.UniqueSlugs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The category tree. Reads are single SQL statements that add up the active products of each category's
 * subtree (path prefix) from the counts the database keeps per category ({@code category_product_count}, kept
 * by triggers on {@code product}), whatever the page size and the catalog's size; writes keep path, names path and level of a whole subtree
 * right with one UPDATE.
 */
@ApplicationScoped
public class CategoryService {

    /** The allow-list of {@code ordering}: public name → SQL expression. */
    public static final Map<String, String> ORDERING = Map.of(
            "name", "c.name", "level", "c.level", "created_at", "c.created_at", "product_count", "n.product_count");

    public static final Ordering DEFAULT_ORDERING = new Ordering("c.name", false);
    static final int SLUG_LENGTH = 140;

    static final String SELECT =
            """
            SELECT c.id, c.name, c.slug, c.icon_key, c.parent_id, par.name AS parent_name, c.level, c.is_main_category,
                   n.product_count, n.direct_product_count, c.full_path, c.created_at, c.updated_at, c.path
            """;
    static final String FROM =
            """
            FROM category c
            LEFT JOIN category par ON par.id = c.parent_id
            CROSS JOIN LATERAL (
                SELECT coalesce(sum(k.active_products), 0)::bigint AS product_count,
                       coalesce(sum(k.active_products) FILTER (WHERE d.id = c.id), 0)::bigint AS direct_product_count
                FROM category d JOIN category_product_count k ON k.category_id = d.id
                WHERE d.path LIKE c.path || '%'
            ) n
            WHERE true
            """;

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

    static final String AUDIT_ENTITY = "category";

    /** Distinct reads kept of each kind (lists by filter and page, categories by slug or id). */
    static final int MAX_KEPT = 2_000;

    @Inject
    CatalogGeneration generation;

    private record ListKey(CategoryFilter filter, PageRequest page, Ordering ordering) {}

    // Every read adds up subtree counts for each category it returns; kept until the catalog changes.
    private KeptPerGeneration<ListKey, CategoryList> keptLists;
    private KeptPerGeneration<CategoryFilter, List<CategoryRow>> keptMatching;
    private KeptPerGeneration<String, Optional<CategoryRow>> keptFound;
    private KeptPerGeneration<Long, List<CategoryRow>> keptChildren;
    private KeptPerGeneration<String, List<CategoryRow>> keptBreadcrumbs;

    @PostConstruct
    void keepReads() {
        keptLists = generation.keep(MAX_KEPT);
        keptMatching = generation.keep(MAX_KEPT);
        keptFound = generation.keep(MAX_KEPT);
        keptChildren = generation.keep(MAX_KEPT);
        keptBreadcrumbs = generation.keep(MAX_KEPT);
    }

    /** An icon change, as the history records it. */
    public record Icon(String iconKey) {}

    public record CategoryList(long count, List<CategoryRow> rows) {}

    public CategoryList list(CategoryFilter filter, PageRequest page, Ordering ordering) {
        return keptLists.get(new ListKey(filter, page, ordering), () -> read(filter, page, ordering));
    }

    private CategoryList read(CategoryFilter filter, PageRequest page, Ordering ordering) {
        SqlQuery count = filtered(new SqlQuery().append("SELECT count(*) " + FROM), filter);
        SqlQuery rows = filtered(new SqlQuery().append(SELECT + FROM), filter)
                .append(" ORDER BY " + ordering.sql() + ", c.id LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        long total = ((Number) count.create(em).getSingleResult()).longValue();
        return new CategoryList(total, rowsOf(rows));
    }

    /** Every category the filter keeps, parents before children, each level by name (pickers), not paginated. */
    public List<CategoryRow> matching(CategoryFilter filter) {
        return keptMatching.get(
                filter,
                () -> rowsOf(filtered(new SqlQuery().append(SELECT + FROM), filter)
                        .append(" ORDER BY c.level, c.name, c.id")));
    }

    /** Every category, parents before children, each level by name (the tree). */
    public List<CategoryRow> all() {
        return matching(CategoryFilter.none());
    }

    public CategoryRow get(String slugOrId) {
        return find(slugOrId).orElseThrow(() -> NotFound.of("Category"));
    }

    public List<CategoryRow> children(long id) {
        return keptChildren.get(
                id,
                () -> rowsOf(new SqlQuery()
                        .append(SELECT + FROM)
                        .and("c.parent_id = ?", id)
                        .append(" ORDER BY c.name, c.id")));
    }

    /** The ancestors of a category and itself, root first. */
    public List<CategoryRow> breadcrumb(CategoryRow category) {
        return keptBreadcrumbs.get(category.path(), () -> readBreadcrumb(category.path()));
    }

    private List<CategoryRow> readBreadcrumb(String path) {
        Long[] ids = Arrays.stream(path.split(Category.PATH_SEPARATOR))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .toArray(Long[]::new);
        return rowsOf(new SqlQuery()
                .append(SELECT + FROM)
                .and("c.id = ANY(?)", (Object) ids)
                .append(" ORDER BY c.level"));
    }

    @Transactional
    public CategoryRow create(CategoryRequest request) {
        lockTree();
        Category parent = request.parent() == null ? null : parent(request.parent());
        Category category = new Category(
                request.name().strip(),
                slugFor(request, null),
                Boolean.TRUE.equals(request.isMainCategory()),
                Instant.now());
        em.persist(category);
        em.flush(); // the id is part of the path
        category.placeUnder(parent);
        em.flush();
        replaceAliases(category, request.aliases());
        publicChanges.fire(new PublicDataChanged("category created"));
        audit.created(AUDIT_ENTITY, category.id(), category.name(), asRequest(Long.toString(category.id())));
        return get(category.slug());
    }

    /** The current state of a category as a request, for PATCH to merge into. */
    public CategoryRequest asRequest(String slugOrId) {
        CategoryRow row = get(slugOrId);
        return new CategoryRequest(row.name(), row.slug(), row.parentId(), row.isMainCategory(), aliases(row.id()));
    }

    @Transactional
    public CategoryRow update(String slugOrId, CategoryRequest request) {
        lockTree();
        CategoryRequest before = asRequest(slugOrId);
        Category category = entity(slugOrId);
        Category parent = request.parent() == null ? null : parent(request.parent());
        if (parent != null && parent.path().startsWith(category.path())) {
            throw RuleViolation.field("parent", "a category cannot move under itself or one of its descendants");
        }
        String oldPath = category.path();
        String oldFullPath = category.fullPath();
        int oldLevel = category.level();
        category.describe(
                request.name().strip(),
                slugFor(request, category),
                Boolean.TRUE.equals(request.isMainCategory()),
                Instant.now());
        category.placeUnder(parent);
        em.flush();
        replaceAliases(category, request.aliases());
        // The category's own row and every descendant: swap the old prefixes for the new ones.
        new SqlQuery()
                .append(
                        """
                        UPDATE category SET path = ? || substring(path from ?),
                                            full_path = ? || substring(full_path from ?),
                                            level = level + ?,
                                            updated_at = now()
                        WHERE path LIKE ? AND id <> ?""",
                        category.path(),
                        oldPath.length() + 1,
                        category.fullPath(),
                        oldFullPath.length() + 1,
                        category.level() - oldLevel,
                        Like.prefix(oldPath),
                        category.id())
                .create(em)
                .executeUpdate();
        em.clear();
        publicChanges.fire(new PublicDataChanged("category changed"));
        audit.updated(AUDIT_ENTITY, category.id(), request.name(), before, asRequest(Long.toString(category.id())));
        return get(Long.toString(category.id()));
    }

    @Transactional
    public void delete(String slugOrId) {
        Category category = entity(slugOrId);
        long products = count(
                "SELECT count(*) FROM product p JOIN category d ON d.id = p.category_id WHERE d.path LIKE ?",
                Like.prefix(category.path()));
        if (products > 0) {
            throw Conflict.of("This category still holds " + products + " product(s); move or delete them first.");
        }
        if (count("SELECT count(*) FROM category WHERE parent_id = ?", category.id()) > 0) {
            throw Conflict.of("This category still has sub-categories; move or delete them first.");
        }
        String icon = category.iconKey();
        CategoryRequest before = asRequest(slugOrId);
        em.remove(category);
        publicChanges.fire(new PublicDataChanged("category deleted"));
        audit.deleted(AUDIT_ENTITY, category.id(), category.name(), before);
        if (icon != null) {
            afterCommit.run("delete icon " + icon, () -> storage.delete(icon));
        }
    }

    @Transactional
    public CategoryRow replaceIcon(String slugOrId, String newKey) {
        Category category = entity(slugOrId);
        String old = category.iconKey();
        category.changeIcon(newKey, Instant.now());
        audit.updated(AUDIT_ENTITY, category.id(), category.name(), new Icon(old), new Icon(newKey));
        if (old != null) {
            afterCommit.run("delete icon " + old, () -> storage.delete(old));
        }
        em.flush();
        publicChanges.fire(new PublicDataChanged("category icon changed"));
        return get(Long.toString(category.id()));
    }

    /** The category and its descendants' path prefix, for product filters. */
    public Optional<String> subtreePath(String slugOrId) {
        return find(slugOrId).map(CategoryRow::path);
    }

    public Optional<String> subtreePath(long id) {
        return find(Long.toString(id)).map(CategoryRow::path);
    }

    /**
     * One change of the tree at a time, each reading the tree as the previous one left it (until this
     * transaction ends): two crossing moves (X under Y, Y under X) cannot both pass the cycle check, and a new
     * child never takes the path its parent had before a move.
     */
    private void lockTree() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('category-tree'))")
                .getSingleResult();
    }

    /** The other slugs the category answers to, in order. */
    public List<String> aliases(long categoryId) {
        @SuppressWarnings("unchecked")
        List<String> aliases = em.createNativeQuery(
                        "SELECT slug FROM category_alias WHERE category_id = ?1 ORDER BY slug")
                .setParameter(1, categoryId)
                .getResultList();
        return aliases;
    }

    /** By id, own slug or alias. */
    private Optional<CategoryRow> find(String slugOrId) {
        return keptFound.get(slugOrId, () -> read(slugOrId));
    }

    private Optional<CategoryRow> read(String slugOrId) {
        SqlQuery query = new SqlQuery().append(SELECT + FROM);
        String byAlias = "c.id = (SELECT a.category_id FROM category_alias a WHERE a.slug = ?)";
        SlugOrId.id(slugOrId)
                .ifPresentOrElse(
                        id -> query.and("c.id = ?", id),
                        () -> query.and("c.slug = ? OR " + byAlias, slugOrId, slugOrId));
        return rowsOf(query.append(" ORDER BY c.id LIMIT 1")).stream().findFirst();
    }

    /** Sets the category's aliases (none for {@code null}); one taken by another category, or its own slug, is a 409. */
    private void replaceAliases(Category category, List<String> aliases) {
        List<String> wanted =
                aliases == null ? List.of() : aliases.stream().distinct().toList();
        em.createNativeQuery("DELETE FROM category_alias WHERE category_id = ?1")
                .setParameter(1, category.id())
                .executeUpdate();
        for (String alias : wanted) {
            UniqueSlugs.lock(em, UniqueSlugs.Table.CATEGORY, alias);
            if (alias.equals(category.slug()) || UniqueSlugs.exists(em, UniqueSlugs.Table.CATEGORY, alias, null)) {
                throw Conflict.on("aliases", "The slug '" + alias + "' is already a category's.");
            }
            em.createNativeQuery("INSERT INTO category_alias (slug, category_id) VALUES (?1, ?2)")
                    .setParameter(1, alias)
                    .setParameter(2, category.id())
                    .executeUpdate();
        }
    }

    private Category entity(String slugOrId) {
        return em.find(Category.class, get(slugOrId).id());
    }

    private Category parent(long id) {
        Category parent = em.find(Category.class, id);
        if (parent == null) {
            throw RuleViolation.field("parent", "no category has this id");
        }
        return parent;
    }

    /** The slug asked for, else the current one ({@code current}: the category being changed), else a new one. */
    private String slugFor(CategoryRequest request, Category current) {
        return UniqueSlugs.assign(
                em,
                UniqueSlugs.Table.CATEGORY,
                request.slug(),
                current == null ? null : new UniqueSlugs.Current(current.id(), current.slug()),
                new UniqueSlugs.Words("name", SLUG_LENGTH - 6, request.name()));
    }

    private static SqlQuery filtered(SqlQuery query, CategoryFilter filter) {
        filter.search()
                .ifPresent(text -> query.and(
                        "niasotac_fold(c.name) LIKE niasotac_fold(?) OR c.slug LIKE niasotac_fold(?)",
                        Like.contains(text),
                        Like.contains(text)));
        filter.name().ifPresent(name -> query.and("niasotac_fold(c.name) LIKE niasotac_fold(?)", Like.contains(name)));
        filter.slug().ifPresent(slug -> query.and("c.slug = ?", slug.toLowerCase(java.util.Locale.ROOT)));
        filter.isMain().ifPresent(main -> query.and("c.is_main_category = ?", main));
        filter.hasProducts().ifPresent(has -> query.and(has ? "n.product_count > 0" : "n.product_count = 0"));
        filter.level().ifPresent(level -> query.and("c.level = ?", level));
        filter.parent().ifPresent(parent -> query.and("c.parent_id = ?", parent));
        return query;
    }

    private long count(String sql, Object... values) {
        return ((Number) new SqlQuery().append(sql, values).create(em).getSingleResult()).longValue();
    }

    private List<CategoryRow> rowsOf(SqlQuery query) {
        return query.rows(em).stream().map(CategoryRow::of).toList();
    }
}
