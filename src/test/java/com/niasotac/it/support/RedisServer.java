package com.niasotac.it.support;

import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/** The tests' Redis (server-config/local-redis.sh, started by the build): an outage on demand, and its keys. */
public final class RedisServer {

    private RedisServer() {}

    public static void stop() {
        script("stop");
    }

    public static void start() {
        script("start", System.getProperty("it.redis.port"));
    }

    /** The keys matching {@code pattern}, read with SCAN. */
    public static Set<String> keys(String pattern) {
        try (Jedis jedis = new Jedis("127.0.0.1", Integer.getInteger("it.redis.port"))) {
            return Set.copyOf(jedis.scan("0", new ScanParams().match(pattern).count(10_000))
                    .getResult());
        }
    }

    private static void script(String... arguments) {
        String[] withDirectory = new String[arguments.length + 1];
        withDirectory[0] = arguments[0];
        withDirectory[1] = System.getProperty("it.redis.dir");
        System.arraycopy(arguments, 1, withDirectory, 2, arguments.length - 1);
        Scripts.run(System.getProperty("it.redis.script"), withDirectory);
    }
}
