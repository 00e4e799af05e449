package com.niasotac.catalog.product.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PendingCountsTest {

    @Test
    void everyAdditionIsDrainedExactlyOnceWhileDrainsRunConcurrently() throws Exception {
        PendingCounts counts = new PendingCounts();
        int threads = 8;
        int perThread = 100_000;
        AtomicLong drained = new AtomicLong();
        AtomicBoolean adding = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        Thread drainer = new Thread(() -> {
            while (adding.get()) {
                counts.drain().values().forEach(drained::addAndGet);
            }
        });
        List<Thread> adders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread adder = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perThread; i++) {
                    counts.add(i % 7, 1); // a few hot keys: the contended case
                }
            });
            adder.start();
            adders.add(adder);
        }
        drainer.start();
        start.countDown();
        for (Thread adder : adders) {
            adder.join();
        }
        adding.set(false);
        drainer.join();
        counts.drain().values().forEach(drained::addAndGet);

        assertThat(drained.get()).isEqualTo((long) threads * perThread);
        assertThat(counts.drain()).isEmpty();
    }

    @Test
    void addReturnsWhatWaitsForTheNextDrain() {
        PendingCounts counts = new PendingCounts();

        assertThat(counts.add(42, 1)).isEqualTo(1);
        assertThat(counts.add(42, 2)).isEqualTo(3);
        assertThat(counts.drain()).containsExactly(java.util.Map.entry(42L, 3L));
        assertThat(counts.add(42, 1)).isEqualTo(1);
    }
}
