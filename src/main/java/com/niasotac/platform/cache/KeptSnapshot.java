package com.niasotac.platform.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database and kept in memory for at most {@code kept}, so that a read every request
 * costs a query about once per {@code kept} instead. Its owner calls {@link #forget} when a change commits
 * (on this node, or on another through {@link ClusterChanges}); the bound covers changes made around the
 * application (psql, the importer). A value read while a change commits is returned but not kept.
 */
public final class KeptSnapshot<T> {

    private record Cached<T>(T value, long loadedAtNanos) {}

    private final Duration kept;
    private final Supplier<T> load;
    private final AtomicLong changes = new AtomicLong();
    private volatile Cached<T> cached;

    public KeptSnapshot(Duration kept, Supplier<T> load) {
        this.kept = kept;
        this.load = load;
    }

    public T get() {
        Cached<T> current = cached;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > kept.toNanos()) {
            long started = System.nanoTime();
            long changesBefore = changes.get();
            current = new Cached<>(load.get(), started);
            if (changes.get() == changesBefore) {
                cached = current;
            }
        }
        return current.value();
    }

    public void forget() {
        changes.incrementAndGet();
        cached = null;
    }
}
