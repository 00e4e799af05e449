package com.niasotac.platform.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Category icons: PNG, JPEG, WebP (decoded by {@link ImageInspector}), ICO (by signature) or SVG. An SVG is
 * accepted only without scripts, event handlers, foreign content or external references, because it is
 * served from the API's own origin.
 */
public final class IconInspector {

    public record Icon(String extension, String contentType) {}

    private static final Pattern SVG_ROOT = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE svg[^>]*>\\s*)?<svg[\\s>]", Pattern.DOTALL);
    private static final Pattern SVG_ACTIVE_CONTENT = Pattern.compile(
            "<script|<foreignobject|<iframe|<embed|<object|\\son[a-z]+\\s*=|javascript:|data:text/html|<!entity|xlink:href\\s*=\\s*[\"']?(?!#)|href\\s*=\\s*[\"']?(?!#)");

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
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (SVG_ROOT.matcher(text).find()
                && !SVG_ACTIVE_CONTENT.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(new Icon("svg", "image/svg+xml"));
        }
        return Optional.empty();
    }
}
