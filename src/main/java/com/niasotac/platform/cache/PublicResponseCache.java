package com.niasotac.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialized anonymous responses by their {@link PublicCacheKey} (host included, so absolute links stay right), kept
 * {@code PUBLIC_CACHE_SECONDS}. Every catalog change clears it on this node; others expire within the TTL.
 * A body read before a change and written after it is not kept: each answer names the {@link #generation()}
 * it was read in, and a clear starts a new one.
 */
@ApplicationScoped
public class PublicResponseCache {

    private static final long MAX_ENTRIES = 10_000;

    @Inject
    Settings settings;

    private Cache<String, CachedAnswer> entries;
    private final AtomicLong generation = new AtomicLong();

    @PostConstruct
    void create() {
        entries = Caffeine.newBuilder()
                .expireAfterWrite(settings.publicCacheTtl())
                .maximumSize(MAX_ENTRIES)
                .build();
    }

    public boolean enabled() {
        return !settings.publicCacheTtl().isZero();
    }

    public Optional<CachedAnswer> get(String key) {
        return enabled() ? Optional.ofNullable(entries.getIfPresent(key)) : Optional.empty();
    }

    /** Read before reading the data an answer shows, and handed back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps the body unless a change cleared the cache since {@code readIn}, its generation. */
    public void put(String key, CachedAnswer answer, long readIn) {
        if (enabled() && generation.get() == readIn) {
            entries.put(key, answer);
            if (generation.get() != readIn) { // a clear ran between the check and the put
                entries.invalidate(key);
            }
        }
    }

    public void clear() {
        generation.incrementAndGet(); // before the entries go: a put of the old generation now keeps nothing
        entries.invalidateAll();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        clear();
    }
}
