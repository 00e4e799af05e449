package com.niasotac.platform.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Lets every setting {@code NAME} be given as a file through {@code NAME_FILE}. Its ordinal sits just
 * below the environment's (300), so a plain variable wins; {@link SettingsValidator} refuses both at once.
 */
public final class FileSecretConfigSource implements ConfigSource {

    private final EnvironmentSource environment = EnvironmentSource.ofProcess();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (propertyName == null || propertyName.endsWith(EnvironmentSource.FILE_SUFFIX)) {
            return null;
        }
        return environment.fromFile(propertyName).orElse(null);
    }

    @Override
    public int getOrdinal() {
        return 290;
    }

    @Override
    public String getName() {
        return "secret-files";
    }
}
