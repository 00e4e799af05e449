package com.niasotac.platform.media;

import java.util.Optional;

/**
 * Category icons: PNG, JPEG, WebP (decoded by {@link ImageInspector}), ICO (by signature) or SVG, which
 * {@link SvgInspector} must find free of scripts, event handlers, foreign content and external references,
 * because it is served from the API's own origin.
 */
public final class IconInspector {

    public record Icon(String extension, String contentType) {}

    private IconInspector() {}

    public static Optional<Icon> inspect(byte[] content) {
        Optional<ImageInspector.Image> image = ImageInspector.inspect(content);
        if (image.isPresent()) {
            ImageInspector.Format format = image.get().format();
            return Optional.of(new Icon(format.extension, format.contentType));
        }
        if (content.length > 6
                && content[0] == 0
                && content[1] == 0
                && content[2] == 1
                && content[3] == 0
                && content[4] > 0) {
            return Optional.of(new Icon("ico", "image/x-icon"));
        }
        return SvgInspector.refusal(content).isEmpty()
                ? Optional.of(new Icon("svg", "image/svg+xml"))
                : Optional.empty();
    }
}
