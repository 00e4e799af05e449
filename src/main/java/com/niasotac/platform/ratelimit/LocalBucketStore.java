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
        return buckets.get(key, k -> Bucket.builder()
                        .addLimit(configuration.getBandwidths()[0])
                        .build())
                .tryConsumeAndReturnRemaining(1);
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
