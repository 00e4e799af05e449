package com.niasotac.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code redis}: DOWN while the rate limiter's Redis does not answer a PING (the API keeps serving, see
 * {@code RATE_LIMIT_FAIL_OPEN}). Without {@code REDIS_URL} it reports the in-process store, always UP.
 */
@Readiness
@ApplicationScoped
public class RateLimitHealthCheck implements HealthCheck {

    @Inject
    RateLimiter limiter;

    @Override
    public HealthCheckResponse call() {
        try {
            limiter.ping();
            return HealthCheckResponse.named("redis")
                    .up()
                    .withData("store", limiter.storeKind())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("redis")
                    .down()
                    .withData("store", limiter.storeKind())
                    .withData("error", "unreachable")
                    .build();
        }
    }
}
