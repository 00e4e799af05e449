package com.niasotac.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where uploaded media is kept: the local disk under {@code MEDIA_ROOT}, or an S3 bucket
 * ({@code STORAGE_BACKEND=s3}); and the public address it is served from ({@code MEDIA_BASE_URL}, e.g. a CDN).
 * Without a base URL the application serves it under {@code /media/} from whichever store holds it.
 */
public record MediaSettings(Path root, Optional<URI> baseUrl, Optional<S3> s3) {

    /** An S3 bucket; without keys the AWS SDK's default chain (instance role, profile…) is used. */
    public record S3(
            String bucket,
            String region,
            Optional<URI> endpoint,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey) {

        @Override
        public String toString() {
            return "S3[bucket=%s, region=%s, endpoint=%s, accessKeyId=%s, secretAccessKey=%s]"
                    .formatted(
                            bucket,
                            region,
                            endpoint.map(URI::toString).orElse("-"),
                            accessKeyId.orElse("-"),
                            secretAccessKey.isPresent() ? "<redacted>" : "-");
        }
    }
}
