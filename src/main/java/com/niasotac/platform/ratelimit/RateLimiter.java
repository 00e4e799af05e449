package com.niasotac.platform.ratelimit;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.config.RateLimitSettings;
import com.niasotac.platform.config.Settings;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts requests per limit and subject (a client address, a username, an e-mail address) in token buckets
 * (Bucket4j), in Redis when {@code REDIS_URL} is set so that every node shares them. When Redis cannot be
 * reached the request goes through ({@code RATE_LIMIT_FAIL_OPEN=true}, the default, with a warning) or is
 * refused with a 503.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    @Inject
    Settings settings;

    @Inject
    MeterRegistry metrics;

    private BucketStore store;
    /** A limit as buckets see it: its key prefix and its configuration, built once per name. */
    private record Buckets(String keyPrefix, BucketConfiguration configuration) {}

    private final Map<String, Buckets> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @PostConstruct
    void start() {
        RateLimitSettings rateLimits = settings.rateLimits();
        store = rateLimits
                .redisUrl()
                .<BucketStore>map(RedisBucketStore::new)
                .orElseGet(() -> new LocalBucketStore(rateLimits.limits().values().stream()
                        .map(RateLimitSettings.Limit::period)
                        .max(Duration::compareTo)
                        .orElse(Duration.ofHours(1))));
        LOG.info(() -> "Rate limits counted in " + store.kind() + ": " + rateLimits.limits());
    }

    @PreDestroy
    void stop() {
        store.close();
    }

    /** Counts one request of {@code subject} against limit {@code name}; throws a 429 past the limit. */
    public void check(String name, String subject) {
        Buckets limit = buckets.computeIfAbsent(name, this::buckets);
        ConsumptionProbe probe;
        try {
            probe = store.tryConsume(limit.keyPrefix() + digest(subject), limit.configuration());
        } catch (RuntimeException e) {
            storeUnavailable(name, e);
            return;
        }
        if (!probe.isConsumed()) {
            metrics.counter("niasotac.rate_limit.rejections", "limit", name).increment();
            long nanos = probe.getNanosToWaitForRefill();
            throw new RateLimitExceededException(Math.max(1, (nanos + 999_999_999) / 1_000_000_000));
        }
    }

    /** The store's round trip, for the health check. */
    void ping() {
        store.ping();
    }

    String storeKind() {
        return store.kind();
    }

    private Buckets buckets(String name) {
        RateLimitSettings.Limit limit = settings.rateLimits().limit(name);
        // The limit is part of the key: a changed limit starts new buckets instead of inheriting old ones.
        return new Buckets(name + ":" + limit + ":", configuration(limit));
    }

    private static BucketConfiguration configuration(RateLimitSettings.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    private void storeUnavailable(String name, RuntimeException e) {
        boolean failOpen = settings.rateLimits().failOpen();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.log(
                    Level.WARNING,
                    "Rate-limit store ({0}) unreachable: {1}; requests are {2} until it returns",
                    new Object[] {store.kind(), e.toString(), failOpen ? "let through" : "refused"});
        }
        if (!failOpen) {
            throw new ApiException(
                    ErrorCode.SERVICE_UNAVAILABLE, "This action is briefly unavailable; try again in a moment.");
        }
    }

    /** Subjects (addresses, usernames, e-mails) are never stored in clear. */
    static String digest(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
