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

    /**
     * How a browser opening the file itself must treat it: an SVG (a document that could script, were one to
     * slip through) is downloaded, never shown as a page; {@code <img>} tags still display it.
     */
    public static Optional<String> disposition(String key) {
        return key.endsWith(".svg") ? Optional.of("attachment") : Optional.empty();
    }
}
