package com.niasotac.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Buckets in this node's memory (development, or a single node): forgotten once idle for the longest period. */
final class LocalBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets;

    LocalBucketStore(Duration longestPeriod) {
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longestPeriod)
                .maximumSize(1_000_000)
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> localBucket(configuration)).tryConsumeAndReturnRemaining(1);
    }

    /** The same limits as the configuration Redis buckets are made of, every bandwidth of it. */
    private static Bucket localBucket(BucketConfiguration configuration) {
        var builder = Bucket.builder();
        for (var bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    @Override
    public void ping() {
        // always reachable
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public void close() {
        buckets.invalidateAll();
    }
}
