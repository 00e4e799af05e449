package com.niasotac.platform.health;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A dependency's probe, run at most once per period so health polling does not hammer the dependency. */
public final class RememberedProbe {

    private final Duration period;
    private final Supplier<HealthCheckResponse> probe;
    private volatile HealthCheckResponse last;
    private volatile Instant lastAt = Instant.EPOCH;

    public RememberedProbe(Duration period, Supplier<HealthCheckResponse> probe) {
        this.period = period;
        this.probe = probe;
    }

    public HealthCheckResponse get() {
        if (Instant.now().isAfter(lastAt.plus(period))) {
            last = probe.get();
            lastAt = Instant.now();
        }
        return last;
    }
}
