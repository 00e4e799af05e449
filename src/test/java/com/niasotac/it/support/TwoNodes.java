package com.niasotac.it.support;

import java.util.Map;

/**
 * The two-node topology of {@code server-config/two-nodes.sh}: two WildFly servers with the built WAR on the
 * tests' PostgreSQL, Redis and SMTP server, behind HAProxy. Leases are short here so that a killed sender's
 * campaign is taken over within seconds.
 */
public final class TwoNodes implements AutoCloseable {

    public static final int LEASE_SECONDS = 15;
    private static final int FRONT_PORT = Integer.getInteger("it.cluster.port", 8400);
    private static final int OFFSET_A = Integer.getInteger("it.cluster.offset.a", 400);
    private static final int OFFSET_B = Integer.getInteger("it.cluster.offset.b", 450);
    private static final String SCRIPT = System.getProperty("it.cluster.script", "server-config/two-nodes.sh");

    private TwoNodes() {}

    public static TwoNodes start() {
        TwoNodes nodes = new TwoNodes();
        nodes.run(600, "start");
        return nodes;
    }

    /** HAProxy's address: what shoppers reach. */
    public String front() {
        return "http://127.0.0.1:" + FRONT_PORT;
    }

    /** One node's own address, past the proxy. */
    public String node(String name) {
        return "http://127.0.0.1:" + (8080 + offset(name));
    }

    public void kill(String name) {
        run(30, "kill", name);
    }

    public void restart(String name) {
        run(600, "restart", name);
    }

    @Override
    public void close() {
        run(180, "stop");
    }

    private static int offset(String name) {
        return switch (name) {
            case "a" -> OFFSET_A;
            case "b" -> OFFSET_B;
            default -> throw new IllegalArgumentException("no node " + name);
        };
    }

    private void run(int seconds, String... arguments) {
        Scripts.run(
                Map.of(
                        "CLUSTER_DIR", System.getProperty("it.cluster.dir", "target/two-nodes"),
                        "CLUSTER_HTTP_PORT", Integer.toString(FRONT_PORT),
                        "NODE_A_OFFSET", Integer.toString(OFFSET_A),
                        "NODE_B_OFFSET", Integer.toString(OFFSET_B),
                        "NEWSLETTER_LEASE_SECONDS", Integer.toString(LEASE_SECONDS),
                        "NEWSLETTER_CHUNK_SIZE", "10",
                        // long enough that only a message from the other node explains a fresh answer
                        "PUBLIC_CACHE_SECONDS", "60",
                        "CLUSTER_JAVA_OPTS", System.getProperty("it.cluster.jacoco", "")),
                seconds,
                SCRIPT,
                arguments);
    }
}
