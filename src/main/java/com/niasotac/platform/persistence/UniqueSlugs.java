package com.niasotac.platform.persistence;

import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.text.Slugs;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks a free slug ({@code base}, then {@code base-1}, {@code base-2}…) for a table. A transaction-scoped
 * advisory lock on the base serialises concurrent creations of the same name, so two requests never pick
 * the same slug; the lock is released at commit, when the new row is visible to the next one. {@link #assign}
 * is the one flow every feature follows to give a row its slug.
 */
public final class UniqueSlugs {

    /**
     * Tables with a unique slug column; the name is never client input. Reserved slugs are the fixed path
     * segments beside {@code /{slug}} ({@code /products/stats}): a row with one of them could not be reached.
     */
    public enum Table {
        // A category's aliases (category_alias) are slugs of it too.
        CATEGORY(
                "category",
                "(SELECT id, slug FROM category UNION ALL SELECT category_id, slug FROM category_alias) AS category",
                Set.of("tree", "minimal")),
        PRODUCT("product", "product", Set.of("featured", "recommended", "recent", "stats", "bulk")),
        SERVICE("service", "site_service", Set.of()),
        PROMOTION("promotion", "promotion", Set.of("active", "redeem", "bulk")),
        NEWSLETTER_TEMPLATE("template", "newsletter_template", Set.of());

        final String noun;
        final String sql;
        final Set<String> reserved;

        Table(String noun, String sql, Set<String> reserved) {
            this.noun = noun;
            this.sql = sql;
            this.reserved = reserved;
        }
    }

    /** The row whose slug may change; {@code null} in {@link #assign} for a row being created. */
    public record Current(long id, String slug) {}

    /** What a slug is made from when none is asked for, and the request field to blame if it has no letters. */
    public record Words(String field, int maxLength, String... words) {}

    private UniqueSlugs() {}

    /**
     * The slug a row is saved with: the one asked for, unless another row has it (a conflict on {@code slug});
     * else the one the row already has, so a rename keeps its links; else a free one made from {@code from}.
     */
    public static String assign(EntityManager em, Table table, String requested, Current current, Words from) {
        if (requested != null && !requested.isBlank()) {
            boolean unchanged = current != null && requested.equals(current.slug());
            if (!unchanged && exists(em, table, requested, current == null ? null : current.id())) {
                throw Conflict.on("slug", "Another " + table.noun + " already uses this slug.");
            }
            return requested;
        }
        if (current != null) {
            return current.slug();
        }
        String base = Slugs.slugify(from.maxLength(), from.words());
        if (base.isEmpty()) {
            throw RuleViolation.field(from.field(), "must contain letters or digits");
        }
        return reserve(em, table, base);
    }

    public static String reserve(EntityManager em, Table table, String base) {
        lock(em, table, base);
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("SELECT slug FROM " + table.sql + " WHERE slug = ?1 OR slug LIKE ?2")
                .setParameter(1, base)
                .setParameter(2, base + "-%")
                .getResultList();
        Set<String> used = new HashSet<>(taken);
        used.addAll(table.reserved);
        if (SlugOrId.id(base).isPresent()) {
            used.add(base); // "2024" would read as an id: the first slug is "2024-1"
        }
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Serialises, until the transaction ends, the transactions that pick or check this slug of this table. */
    public static void lock(EntityManager em, Table table, String slug) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, table.name() + ":" + slug)
                .getSingleResult();
    }

    /** Whether {@code slug} is taken by another row (or reserved). */
    public static boolean exists(EntityManager em, Table table, String slug, Long exceptId) {
        if (table.reserved.contains(slug)) {
            return true;
        }
        Number count =
                (Number) em.createNativeQuery("SELECT count(*) FROM " + table.sql + " WHERE slug = ?1 AND id <> ?2")
                        .setParameter(1, slug)
                        .setParameter(2, java.util.Objects.requireNonNullElse(exceptId, -1L))
                        .getSingleResult();
        return count.longValue() > 0;
    }
}
