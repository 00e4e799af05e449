package com.niasotac.platform.api;

import java.util.Locale;

/** Java names to the API's snake_case names. */
public final class Names {

    private Names() {}

    public static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
