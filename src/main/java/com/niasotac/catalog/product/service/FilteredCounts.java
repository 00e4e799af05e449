package com.niasotac.catalog.product.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The counts of filtered product lists (a search, a brand, a price band…), each kept with the
 * {@code product_filter_generation} it was counted at: the database moves that number in the same commit as
 * any write that can change what a filter matches, so a kept count is served only while it is still exact,
 * whichever node or tool wrote. Reading the generation is a one-row lookup; {@code count(*)} reads every
 * matching product.
 */
@ApplicationScoped
public class FilteredCounts {

    /** Distinct filters kept; a popular search or filter stays, a one-off is evicted first. */
    static final int MAX_KEPT = 10_000;

    private record Key(ProductFilter filter, boolean includeInactive) {}

    private record Kept(long generation, long count) {}

    @PersistenceContext
    EntityManager em;

    private final Cache<Key, Kept> kept =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

    /**
     * The list's count: kept, or from {@code count} when the catalog changed since (or the filter depends on
     * time, promotions or the view counters, which move without a catalog write).
     */
    long count(ProductFilter filter, boolean includeInactive, LongSupplier count) {
        if (!filter.matchesOnlyCatalogColumns()) {
            return count.getAsLong();
        }
        // Read before counting: a count taken after this read is at least as new as the generation read.
        OptionalLong read = committedGeneration();
        if (read.isEmpty()) {
            return count.getAsLong();
        }
        long generation = read.getAsLong();
        Key key = new Key(filter, includeInactive);
        Kept current = kept.getIfPresent(key);
        if (current != null && current.generation() == generation) {
            return current.count();
        }
        long counted = count.getAsLong();
        kept.asMap()
                .merge(
                        key,
                        new Kept(generation, counted),
                        (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
        return counted;
    }

    /**
     * The generation, or none inside a transaction that has written: its own writes move the generation only
     * when it commits, so a count it takes could hold uncommitted rows under a committed generation.
     */
    private OptionalLong committedGeneration() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT generation, txid_current_if_assigned() IS NULL FROM product_filter_generation")
                .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? OptionalLong.of(((Number) row[0]).longValue()) : OptionalLong.empty();
    }
}
