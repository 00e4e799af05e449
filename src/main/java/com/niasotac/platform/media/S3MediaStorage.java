package com.niasotac.platform.media;

import com.niasotac.platform.config.MediaSettings;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in an S3 bucket (AWS SDK v2; any S3-compatible store through {@code S3_ENDPOINT}, addressed by path).
 * Objects are immutable (keys are random), so they carry a one-year cache header for a CDN in front.
 */
public class S3MediaStorage implements MediaStorage {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final S3Client s3;
    private final String bucket;

    public S3MediaStorage(MediaSettings.S3 settings) {
        this.bucket = settings.bucket();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)));
        settings.endpoint()
                .ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        this.s3 = builder.build();
    }

    private static AwsCredentialsProvider credentials(MediaSettings.S3 settings) {
        if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(), settings.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void store(String key, byte[] content, String contentType) {
        requireSafe(key);
        try {
            s3.putObject(
                    // The metadata S3 (or a CDN in front of it) serves the file with.
                    request -> request.bucket(bucket)
                            .key(key)
                            .contentType(contentType)
                            .contentDisposition(MediaTypes.disposition(key).orElse(null))
                            .cacheControl(CACHE_CONTROL),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new MediaStorageException("cannot store " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        requireSafe(key);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new MediaStorageException("cannot delete " + key, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (!MediaStorage.isSafe(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(s3.getObject(request -> request.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new MediaStorageException("cannot read " + key, e);
        }
    }

    /** Whether {@code key} is stored with exactly {@code size} bytes (the media migration's idempotence). */
    public boolean holds(String key, long size) {
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength() == size;
        } catch (S3Exception e) {
            // HEAD has no body, so a missing key is a bare 404 (NoSuchKeyException is one of them).
            if (e.statusCode() == 404) {
                return false;
            }
            throw new MediaStorageException("cannot look up " + key, e);
        } catch (SdkException e) {
            throw new MediaStorageException("cannot look up " + key, e);
        }
    }

    @Override
    public void check() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw new MediaStorageException("bucket " + bucket + " unreachable", e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public void close() {
        s3.close();
    }

    private static void requireSafe(String key) {
        if (!MediaStorage.isSafe(key)) {
            throw new IllegalArgumentException("unsafe media key: " + key);
        }
    }
}
