package com.niasotac.it.support;

import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/** The tests' Redis (server-config/local-redis.sh, started by the build): an outage on demand, and its keys. */
public final class RedisServer {

    private static final String SCRIPT = System.getProperty("it.redis.script");
    private static final String DIRECTORY = System.getProperty("it.redis.dir");

    private RedisServer() {}

    public static void stop() {
        Scripts.run(SCRIPT, "stop", DIRECTORY);
    }

    public static void start() {
        Scripts.run(SCRIPT, "start", DIRECTORY, System.getProperty("it.redis.port"));
    }

    /** The keys matching {@code pattern}, read with SCAN. */
    public static Set<String> keys(String pattern) {
        try (Jedis jedis = new Jedis("127.0.0.1", Integer.getInteger("it.redis.port"))) {
            return Set.copyOf(jedis.scan("0", new ScanParams().match(pattern).count(10_000))
                    .getResult());
        }
    }
}
