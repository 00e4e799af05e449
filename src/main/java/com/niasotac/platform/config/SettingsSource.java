package com.niasotac.platform.config;

import java.util.List;
import java.util.Optional;

/** Where raw setting values come from: MicroProfile Config in the server, the process environment in commands. */
@FunctionalInterface
public interface SettingsSource {

    /** The trimmed value of {@code name}, or empty when unset or blank. */
    Optional<String> get(String name);

    /** Problems with how {@code name} was supplied (e.g. both a value and a file), not with its value. */
    default List<String> sourceProblems(String name) {
        return List.of();
    }
}
