package com.niasotac.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where token buckets live: this node's memory, or Redis so that every node counts together. */
interface BucketStore extends AutoCloseable {

    /** Takes one token from the bucket {@code key}, created with {@code configuration} when missing. */
    ConsumptionProbe tryConsume(String key, BucketConfiguration configuration);

    /** A cheap round trip to the store, for health checks; throws when it is unreachable. */
    void ping();

    String kind();

    @Override
    void close();
}
