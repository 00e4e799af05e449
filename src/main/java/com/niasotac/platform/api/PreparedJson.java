package com.niasotac.platform.api;

import com.niasotac.platform.json.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response's data already written as JSON-B writes it, for data serialised once and answered many times: an
 * {@code Envelope<PreparedJson>} is written by {@link PreparedJsonWriter} with these bytes as its data. Immutable:
 * the bytes are never handed out.
 */
public final class PreparedJson {

    private final byte[] utf8;

    private PreparedJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** {@code data} as JSON-B writes it, with the API's conventions ({@link JsonFormat}). */
    public static PreparedJson of(Object data) {
        return new PreparedJson(JsonFormat.JSONB.toJson(data).getBytes(StandardCharsets.UTF_8));
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(utf8);
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
