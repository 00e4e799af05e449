package com.niasotac.djangoimport.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Django's MEDIA_ROOT, where the names stored in its FileFields ({@code products/2026/10/x.jpg}) are files. */
public final class MediaFolder {

    /** A file as found on disk: what a later run compares to tell whether it changed. */
    public record FileStat(String name, long size, long modifiedMillis) {}

    private final Path root;

    private MediaFolder(Path root) {
        this.root = root;
    }

    public static MediaFolder open(Path root) throws SourceException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new SourceException("--media: " + absolute + " is not a folder (Django's MEDIA_ROOT is expected)");
        }
        if (!Files.isReadable(absolute) || !Files.isExecutable(absolute)) {
            throw new SourceException("--media: " + absolute + " cannot be read");
        }
        return new MediaFolder(absolute);
    }

    /** The file's size and time, or empty when it is not there (or the name leaves the folder). */
    public Optional<FileStat> stat(String name) {
        return file(name).flatMap(path -> {
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.isRegularFile()
                        ? Optional.of(new FileStat(
                                name,
                                attributes.size(),
                                attributes.lastModifiedTime().toMillis()))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    public byte[] read(FileStat file) throws IOException {
        return Files.readAllBytes(file(file.name()).orElseThrow(() -> new IOException("outside --media")));
    }

    private Optional<Path> file(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = root.resolve(name).normalize();
            return path.startsWith(root) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a name this system's encoding cannot spell (app-command.sh asks for UTF-8)
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
