package com.niasotac.platform.media;

import com.niasotac.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/** Media on the local disk under {@code MEDIA_ROOT}; files appear atomically (written aside, then moved). */
@ApplicationScoped
public class LocalDiskStorage implements MediaStorage {

    /** Keys are made by the application; this guards the file system against anything else. */
    static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*\\.[a-z0-9]{2,5}");

    @Inject
    Settings settings;

    @Override
    public void store(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
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

    /** The file of a stored key, for serving it; empty when the key is unsafe or absent. */
    public Optional<Path> file(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path path = resolve(key);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path resolve(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("unsafe media key: " + key);
        }
        Path root = settings.media().root().toAbsolutePath().normalize();
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("unsafe media key: " + key);
        }
        return path;
    }
}
