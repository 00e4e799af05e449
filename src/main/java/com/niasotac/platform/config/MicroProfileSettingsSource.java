package com.niasotac.platform.config;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Settings as MicroProfile Config sees them: environment first, then secret files, then defaults. */
final class MicroProfileSettingsSource implements SettingsSource {

    private final Config config;
    private final EnvironmentSource environment = EnvironmentSource.ofProcess();

    MicroProfileSettingsSource(Config config) {
        this.config = config;
    }

    @Override
    public Optional<String> get(String name) {
        return config.getOptionalValue(name, String.class).flatMap(EnvironmentSource::nonBlank);
    }

    @Override
    public List<String> sourceProblems(String name) {
        return environment.sourceProblems(name);
    }
}
