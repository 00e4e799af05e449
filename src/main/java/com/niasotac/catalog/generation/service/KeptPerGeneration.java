package com.niasotac.catalog.generation.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads of the catalog kept by key, each with the {@link CatalogGeneration.Version} it was read at, and read again
 * once the generation has moved (or, for a store that follows product writes, any product row too). Values must be
 * immutable: every caller shares them. The least used keys are evicted first, so a flood of one-off keys cannot
 * grow it past {@code maxKept}.
 */
public final class KeptPerGeneration<K, V> {

    private record Kept<V>(CatalogGeneration.Version version, V value) {}

    private final CatalogGeneration generation;
    private final Cache<K, Kept<V>> kept;
    private final boolean followsProductWrites;

    KeptPerGeneration(CatalogGeneration generation, int maxKept, boolean followsProductWrites) {
        this.generation = generation;
        this.kept = Caffeine.newBuilder().maximumSize(maxKept).build();
        this.followsProductWrites = followsProductWrites;
    }

    /** The value kept for {@code key} if what it depends on has not changed since, else {@code read}'s (then kept). */
    public V get(K key, Supplier<V> read) {
        // Read before reading the value: a value read after it is at least as new as this version.
        Optional<CatalogGeneration.Version> current = generation.committed();
        if (current.isEmpty()) {
            return read.get();
        }
        CatalogGeneration.Version now = current.get();
        Kept<V> found = kept.getIfPresent(key);
        if (found != null && stillValid(found.version(), now)) {
            return found.value();
        }
        V value = read.get();
        kept.asMap()
                .merge(
                        key,
                        new Kept<>(now, value),
                        (old, fresh) -> old.version().newerThan(fresh.version()) ? old : fresh);
        return value;
    }

    private boolean stillValid(CatalogGeneration.Version readAt, CatalogGeneration.Version now) {
        return followsProductWrites ? readAt.equals(now) : readAt.catalog() == now.catalog();
    }
}
