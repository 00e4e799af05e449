package com.niasotac.platform.media;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reading an uploaded file part with a size limit, checking uploaded pictures, and naming stored files. */
public final class Uploads {

    /** The rules of every uploaded picture (products, services): JPEG, PNG or WebP, 5 MB, 300×300 pixels. */
    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

    public static final int MIN_IMAGE_SIDE = 300;

    /** An uploaded picture that passed the rules: its bytes and what decoding them showed. */
    public record CheckedImage(byte[] content, ImageInspector.Image image) {}

    private Uploads() {}

    /** The part as a picture: a 400 naming {@code field} unless it decodes and is large enough, a 413 past 5 MB. */
    public static CheckedImage image(EntityPart part, String field) {
        byte[] content = read(part, field, MAX_IMAGE_BYTES);
        ImageInspector.Image image = ImageInspector.inspect(content)
                .orElseThrow(() -> ApiException.invalidField(field, "must be a JPEG, PNG or WebP image"));
        if (image.width() < MIN_IMAGE_SIDE || image.height() < MIN_IMAGE_SIDE) {
            throw ApiException.invalidField(
                    field,
                    "must be at least " + MIN_IMAGE_SIDE + "×" + MIN_IMAGE_SIDE + " pixels (got " + image.width() + "×"
                            + image.height() + ")");
        }
        return new CheckedImage(content, image);
    }

    /** The part's bytes; a missing part is a 400 naming it, a part over {@code maxBytes} a 413. */
    public static byte[] read(EntityPart part, String field, long maxBytes) {
        if (part == null) {
            throw ApiException.invalidField(field, "a file is required (multipart/form-data field '" + field + "')");
        }
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes((int) maxBytes + 1);
            if (content.length > maxBytes) {
                throw new ApiException(
                        ErrorCode.PAYLOAD_TOO_LARGE,
                        ErrorCode.PAYLOAD_TOO_LARGE.code(),
                        "The file is larger than " + maxBytes / (1024 * 1024) + " MB.",
                        Map.of(field, java.util.List.of("must be at most " + maxBytes / (1024 * 1024) + " MB")));
            }
            if (content.length == 0) {
                throw ApiException.invalidField(field, "is empty");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, unguessable key under {@code folder}: stored files are never overwritten. */
    public static String newKey(String folder, String extension) {
        return folder + "/" + UUID.randomUUID().toString().replace("-", "") + "." + extension.toLowerCase(Locale.ROOT);
    }
}
