package com.niasotac.platform.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads settings from environment variables, and secrets from files named by {@code NAME_FILE}
 * (how Docker and Kubernetes mount secrets). Used where MicroProfile Config is not running:
 * operator commands and the datasource, and by {@link FileSecretConfigSource} inside the server.
 */
public final class EnvironmentSource implements SettingsSource {

    public static final String FILE_SUFFIX = "_FILE";

    private final Map<String, String> environment;

    public EnvironmentSource(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static EnvironmentSource ofProcess() {
        return new EnvironmentSource(System.getenv());
    }

    @Override
    public Optional<String> get(String name) {
        Optional<String> direct = nonBlank(environment.get(name));
        return direct.isPresent() ? direct : fromFile(name);
    }

    /**
     * The content of the file that {@code NAME_FILE} points to, trimmed; empty when not set or unreadable
     * (an unreadable file is reported by {@link #sourceProblems}, with every other problem).
     */
    public Optional<String> fromFile(String name) {
        return nonBlank(environment.get(name + FILE_SUFFIX)).flatMap(EnvironmentSource::readSecret);
    }

    @Override
    public List<String> sourceProblems(String name) {
        boolean hasValue = nonBlank(environment.get(name)).isPresent();
        Optional<String> file = nonBlank(environment.get(name + FILE_SUFFIX));
        if (hasValue && file.isPresent()) {
            return List.of(name + " and " + name + FILE_SUFFIX + " are both set; set only one of them");
        }
        if (file.isPresent() && !Files.isReadable(Path.of(file.get()))) {
            return List.of(name + FILE_SUFFIX + " points to a file that cannot be read: " + file.get());
        }
        return List.of();
    }

    private static Optional<String> readSecret(String path) {
        try {
            return nonBlank(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
