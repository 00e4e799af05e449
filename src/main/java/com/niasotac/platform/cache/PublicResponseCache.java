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

    /** A cached body, with the id of what it shows when the caller needs it (a product's, to count a view). */
    public record Entry(byte[] body, long subjectId) {}

    private Cache<String, Entry> entries;

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

    public Optional<Entry> get(String url) {
        return enabled() ? Optional.ofNullable(entries.getIfPresent(url)) : Optional.empty();
    }

    public void put(String url, byte[] body, long subjectId) {
        if (enabled()) {
            entries.put(url, new Entry(body, subjectId));
        }
    }

    public void clear() {
        entries.invalidateAll();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        clear();
    }
}
