package com.niasotac.catalog.generation.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads of the catalog kept by key, each with the {@link CatalogGeneration} it was read at, and read again once
 * the generation has moved. Values must be immutable: every caller shares them. The least used keys are evicted
 * first, so a flood of one-off keys cannot grow it past {@code maxKept}.
 */
public final class KeptPerGeneration<K, V> {

    private record Kept<V>(long generation, V value) {}

    private final CatalogGeneration generation;
    private final Cache<K, Kept<V>> kept;

    KeptPerGeneration(CatalogGeneration generation, int maxKept) {
        this.generation = generation;
        this.kept = Caffeine.newBuilder().maximumSize(maxKept).build();
    }

    /** The value kept for {@code key} if the catalog has not changed since, else {@code read}'s (then kept). */
    public V get(K key, Supplier<V> read) {
        // Read before reading the value: a value read after it is at least as new as this generation.
        OptionalLong current = generation.committed();
        if (current.isEmpty()) {
            return read.get();
        }
        long now = current.getAsLong();
        Kept<V> found = kept.getIfPresent(key);
        if (found != null && found.generation() == now) {
            return found.value();
        }
        V value = read.get();
        kept.asMap()
                .merge(
                        key,
                        new Kept<>(now, value),
                        (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
        return value;
    }
}
