package com.niasotac.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeptSnapshotTest {

    /** Counts its loads: each load returns the next number. */
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void aValueIsReadOnceWithinItsBound() {
        KeptSnapshot<Integer> snapshot = new KeptSnapshot<>(Duration.ofHours(1), loads::incrementAndGet);

        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aValueOlderThanItsBoundIsReadAgain() throws InterruptedException {
        KeptSnapshot<Integer> snapshot = new KeptSnapshot<>(Duration.ofNanos(1), loads::incrementAndGet);

        assertThat(snapshot.get()).isEqualTo(1);
        Thread.sleep(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void forgettingDropsTheValueAtOnce() {
        KeptSnapshot<Integer> snapshot = new KeptSnapshot<>(Duration.ofHours(1), loads::incrementAndGet);
        snapshot.get();

        snapshot.forget();

        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void aValueReadWhileAChangeCommitsIsReturnedButNotKept() {
        AtomicReference<KeptSnapshot<Integer>> holder = new AtomicReference<>();
        holder.set(new KeptSnapshot<>(Duration.ofHours(1), () -> {
            int load = loads.incrementAndGet();
            if (load == 1) {
                holder.get().forget(); // a change commits during the first read
            }
            return load;
        }));

        assertThat(holder.get().get()).isEqualTo(1);
        assertThat(holder.get().get())
                .as("read again: the first value may predate the change")
                .isEqualTo(2);
        assertThat(holder.get().get()).isEqualTo(2);
    }
}
