package com.niasotac.platform.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The deployment environment named by {@code APP_ENV}. */
public enum AppEnvironment {
    DEVELOPMENT,
    TEST,
    PRODUCTION;

    public static Optional<AppEnvironment> parse(String value) {
        return Arrays.stream(values())
                .filter(env -> env.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
