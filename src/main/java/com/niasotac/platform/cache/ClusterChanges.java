package com.niasotac.platform.cache;

import com.niasotac.platform.config.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.JedisPubSub;

/**
 * Tells the other nodes, through Redis pub/sub, that public data changed, so they drop their copies within
 * milliseconds rather than at the end of their TTL ({@code PUBLIC_CACHE_SECONDS}, promotions' snapshot).
 * Without {@code REDIS_URL} there is nobody to tell and the TTLs are the bound. A node that loses its
 * subscription drops everything when it is back, since it may have missed a message meanwhile.
 */
@ApplicationScoped
public class ClusterChanges {

    static final String CHANNEL = "niasotac:public-data-changed";
    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());
    private static final int TIMEOUT_MILLIS = 500;
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    /** This node, so that it ignores its own messages. */
    private final String node = UUID.randomUUID().toString();

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Inject
    Settings settings;

    @Inject
    Event<PublicDataChanged> changes;

    @Resource
    ManagedThreadFactory threads;

    private JedisPool publishers;
    private Listener listener;

    /** At deployment, so the subscription is there before the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        settings.rateLimits().redisUrl().ifPresent(url -> {
            JedisPoolConfig config = new JedisPoolConfig();
            config.setMaxTotal(4);
            config.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
            config.setJmxEnabled(false);
            publishers = new JedisPool(config, url, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            listener = new Listener(url);
            Thread thread = threads.newThread(listener);
            thread.setName("cluster-changes");
            thread.start();
        });
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.stop();
            publishers.close();
        }
    }

    /** After this node's commit: tells the others. A failure costs them their TTL, never the change. */
    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        if (publishers == null || change.fromAnotherNode()) {
            return;
        }
        try (Jedis jedis = publishers.getResource()) {
            jedis.publish(CHANNEL, node + " " + change.what());
        } catch (RuntimeException e) {
            warn("could not tell the other nodes (" + e + "); they catch up within their cache TTL");
        }
    }

    private void warn(String message) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, message);
        }
    }

    /** The subscription, on its own thread: reconnects until the application stops. */
    private final class Listener extends JedisPubSub implements Runnable {

        private final URI url;
        private volatile boolean stopped;

        Listener(URI url) {
            this.url = url;
        }

        @Override
        public void run() {
            while (!stopped) {
                try (Jedis jedis = new Jedis(url, TIMEOUT_MILLIS, 0)) {
                    jedis.subscribe(this, CHANNEL); // returns when unsubscribed
                } catch (RuntimeException e) {
                    if (!stopped) {
                        warn("lost the subscription to other nodes' changes (" + e + "); retrying");
                        sleep();
                    }
                }
            }
        }

        @Override
        public void onSubscribe(String channel, int subscribedChannels) {
            changes.fire(new PublicDataChanged("subscribed to other nodes' changes", true));
        }

        @Override
        public void onMessage(String channel, String message) {
            if (!message.startsWith(node + " ")) {
                changes.fire(new PublicDataChanged(message.substring(message.indexOf(' ') + 1), true));
            }
        }

        void stop() {
            stopped = true;
            if (isSubscribed()) {
                unsubscribe();
            }
        }

        private void sleep() {
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }
}
