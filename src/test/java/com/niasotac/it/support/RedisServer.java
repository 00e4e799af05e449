package com.niasotac.it.support;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
        String[] command = new String[arguments.length + 3];
        command[0] = "bash";
        command[1] = System.getProperty("it.redis.script");
        command[2] = arguments[0];
        command[3] = System.getProperty("it.redis.dir");
        System.arraycopy(arguments, 1, command, 4, arguments.length - 1);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("local-redis.sh " + arguments[0] + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
