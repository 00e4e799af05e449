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

/** Reading an uploaded file part with a size limit, and naming stored files. */
public final class Uploads {

    private Uploads() {}

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
