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

/**
 * Serialized anonymous responses by their full URL (host included, so absolute links stay right), kept
 * {@code PUBLIC_CACHE_SECONDS}. Every catalog change clears it on this node; others expire within the TTL.
 */
@ApplicationScoped
public class PublicResponseCache {

    private static final long MAX_ENTRIES = 10_000;

    @Inject
    Settings settings;

    private Cache<String, byte[]> entries;

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

    public Optional<byte[]> get(String url) {
        return enabled() ? Optional.ofNullable(entries.getIfPresent(url)) : Optional.empty();
    }

    public void put(String url, byte[] body) {
        if (enabled()) {
            entries.put(url, body);
        }
    }

    public void clear() {
        entries.invalidateAll();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        clear();
    }
}
