package com.niasotac.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.niasotac.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialized anonymous responses by their {@link PublicCacheKey} (host included, so absolute links stay right),
 * kept {@code PUBLIC_CACHE_SECONDS}. Every catalog change clears it on this node; others expire within the TTL.
 * A body read before a change and written after it is not kept: each answer names the {@link #generation()}
 * it was read in, and a clear starts a new one.
 *
 * <p>An answer is refreshed ahead of its expiry: once it is older than the TTL less a second (half the TTL at
 * most), one caller is told it is absent and reads afresh, while the others are still served the kept answer,
 * which never gets older than the TTL. Without that, every client of a popular URL missed at once when it
 * expired, and waited for the same read (measured: a stall of 200-400 ms every 5 s on a cached list).
 */
@ApplicationScoped
public class PublicResponseCache {

    private static final long MAX_ENTRIES = 10_000;
    private static final Duration REFRESH_LEAD = Duration.ofSeconds(1);

    @Inject
    Settings settings;

    /** The clock of expiry and refresh; tests set their own. */
    Ticker ticker = Ticker.systemTicker();

    private Cache<String, Kept> entries;
    private volatile long refreshAfterNanos; // set once, in create()
    private final AtomicLong generation = new AtomicLong();

    /** An answer, when it was kept, and whether a caller has already been sent to refresh it. */
    private record Kept(CachedAnswer answer, long keptAtNanos, AtomicBoolean refreshing) {}

    @PostConstruct
    void create() {
        Duration ttl = settings.publicCacheTtl();
        Duration lead = ttl.dividedBy(2).compareTo(REFRESH_LEAD) < 0 ? ttl.dividedBy(2) : REFRESH_LEAD;
        refreshAfterNanos = ttl.minus(lead).toNanos();
        entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .build();
    }

    public boolean enabled() {
        return !settings.publicCacheTtl().isZero();
    }

    /** The kept answer, unless there is none or this caller is the one chosen to refresh it. */
    public Optional<CachedAnswer> get(String key) {
        Kept kept = enabled() ? entries.getIfPresent(key) : null;
        if (kept == null) {
            return Optional.empty();
        }
        boolean due = ticker.read() - kept.keptAtNanos() >= refreshAfterNanos;
        if (due && kept.refreshing().compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(kept.answer());
    }

    /** Read before reading the data an answer shows, and handed back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps the answer unless a change cleared the cache since {@code readIn}, its generation. */
    public void put(String key, CachedAnswer answer, long readIn) {
        if (enabled() && generation.get() == readIn) {
            entries.put(key, new Kept(answer, ticker.read(), new AtomicBoolean()));
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
