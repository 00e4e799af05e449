package com.niasotac.catalog.product.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts per key, added from many threads and drained by one, without losing any: an addition lands either in
 * the drained total or in the map for the next drain, because {@code merge} and {@code remove} on one key are
 * atomic with each other.
 */
final class PendingCounts {

    private final Map<Long, Long> counts = new ConcurrentHashMap<>();

    /** Adds {@code n} to the key's count; returns its count waiting to be drained. */
    long add(long key, long n) {
        return counts.merge(key, n, Long::sum);
    }

    /** Takes every count out: what it returns is counted exactly once. */
    Map<Long, Long> drain() {
        Map<Long, Long> drained = new LinkedHashMap<>();
        for (Long key : List.copyOf(counts.keySet())) {
            Long n = counts.remove(key);
            if (n != null && n > 0) {
                drained.put(key, n);
            }
        }
        return drained;
    }
}
