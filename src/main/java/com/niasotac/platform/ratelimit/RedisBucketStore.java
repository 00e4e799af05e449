package com.niasotac.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * Buckets in Redis through Bucket4j's Jedis integration (compare-and-swap, so concurrent nodes never lose an
 * update). Keys expire once their bucket would be full again. Short timeouts: a Redis outage must cost a
 * request milliseconds, not seconds.
 */
final class RedisBucketStore implements BucketStore {

    static final int TIMEOUT_MILLIS = 500;
    static final String KEY_PREFIX = "niasotac:rate:";

    private final JedisPool pool;
    private final ProxyManager<String> buckets;

    RedisBucketStore(URI url) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(32);
        config.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        config.setJmxEnabled(false);
        this.pool = new JedisPool(config, url, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        this.buckets = Bucket4jJedis.casBasedBuilder(pool)
                .keyMapper(Mapper.STRING)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets.builder().build(KEY_PREFIX + key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void ping() {
        try (Jedis jedis = pool.getResource()) {
            jedis.ping();
        }
    }

    @Override
    public String kind() {
        return "redis";
    }

    @Override
    public void close() {
        pool.close();
    }
}
