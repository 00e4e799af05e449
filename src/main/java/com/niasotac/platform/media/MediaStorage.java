package com.niasotac.platform.media;

/**
 * Where uploaded files live. Keys are relative paths made by the application ({@code products/12/ab12.webp});
 * implementations: local disk now, S3 later. A failure is a {@link MediaStorageException} (503 to clients).
 */
public interface MediaStorage {

    void store(String key, byte[] content, String contentType);

    /** Deleting a missing key is not an error. */
    void delete(String key);
}
