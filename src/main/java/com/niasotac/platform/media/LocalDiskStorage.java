package com.niasotac.platform.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Media on the local disk under {@code MEDIA_ROOT}; files appear atomically (written aside, then moved). */
public class LocalDiskStorage implements MediaStorage {

    private final Path root;

    public LocalDiskStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void store(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        // A key always has a folder (SAFE_KEY), so the target has a parent under the root.
        Path folder = java.util.Objects.requireNonNull(target.getParent(), key);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new MediaStorageException("cannot store " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new MediaStorageException("cannot delete " + key, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        return file(key).map(path -> {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new MediaStorageException("cannot read " + key, e);
            }
        });
    }

    /** The file of a stored key; empty when the key is unsafe or absent. */
    public Optional<Path> file(String key) {
        if (!MediaStorage.isSafe(key)) {
            return Optional.empty();
        }
        Path path = resolve(key);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void check() {
        if (Files.exists(root) && !Files.isWritable(root)) {
            throw new MediaStorageException("MEDIA_ROOT is not writable", null);
        }
    }

    @Override
    public String kind() {
        return "local";
    }

    private Path resolve(String key) {
        if (!MediaStorage.isSafe(key)) {
            throw new IllegalArgumentException("unsafe media key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("unsafe media key: " + key);
        }
        return path;
    }
}
