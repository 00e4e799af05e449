package com.niasotac.platform.media;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where uploaded files live. Keys are relative paths made by the application ({@code products/12/ab12.webp});
 * implementations: the local disk and S3, chosen by {@link MediaStorageProducer}. A failure is a
 * {@link MediaStorageException} (503 to clients).
 */
public interface MediaStorage extends AutoCloseable {

    /** Keys are made by the application; this guards the stores against anything else. */
    Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*\\.[a-z0-9]{2,5}");

    void store(String key, byte[] content, String contentType);

    /** Deleting a missing key is not an error. */
    void delete(String key);

    /** The stored bytes, for serving them; empty when the key is unsafe or absent. */
    Optional<InputStream> open(String key);

    /** A cheap round trip, for health checks; throws {@link MediaStorageException} when the store is unusable. */
    void check();

    /** {@code local} or {@code s3}. */
    String kind();

    @Override
    default void close() {}

    static boolean isSafe(String key) {
        return SAFE_KEY.matcher(key).matches();
    }
}
