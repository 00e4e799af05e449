package com.niasotac.platform.media;

import com.niasotac.platform.health.Dependency;
import com.niasotac.platform.health.RememberedProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code media}: the store answers (the bucket exists and the credentials work, or MEDIA_ROOT is writable).
 * In {@code /healthz}, not in readiness: without its media store a node still serves the catalog. The probe
 * is remembered a few seconds so health polling does not hammer S3.
 */
@Dependency
@ApplicationScoped
public class MediaHealthCheck implements HealthCheck {

    static final Duration REMEMBERED = Duration.ofSeconds(10);

    @Inject
    MediaStorage storage;

    private final RememberedProbe remembered = new RememberedProbe(REMEMBERED, this::probe);

    @Override
    public HealthCheckResponse call() {
        return remembered.get();
    }

    private HealthCheckResponse probe() {
        try {
            storage.check();
            return HealthCheckResponse.named("media")
                    .up()
                    .withData("store", storage.kind())
                    .build();
        } catch (MediaStorageException e) {
            return HealthCheckResponse.named("media")
                    .down()
                    .withData("store", storage.kind())
                    .withData("error", "unreachable")
                    .build();
        }
    }
}
