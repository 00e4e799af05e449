package com.niasotac.platform.media;

import java.util.Map;
import java.util.Optional;

/** The file types media is stored and served as, by the extension of the key (an allow-list). */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg",
            "png", "image/png",
            "webp", "image/webp",
            "ico", "image/x-icon",
            "svg", "image/svg+xml");

    private MediaTypes() {}

    public static Optional<String> of(String key) {
        return Optional.ofNullable(BY_EXTENSION.get(key.substring(key.lastIndexOf('.') + 1)));
    }
}
