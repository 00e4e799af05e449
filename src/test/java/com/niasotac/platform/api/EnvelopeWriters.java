package com.niasotac.platform.api;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

/** Drives an {@link EnvelopeBodyWriter} as JAX-RS does, for its unit tests. */
public final class EnvelopeWriters {

    private EnvelopeWriters() {}

    /** Whether JAX-RS would pick the writer for what {@code owner}'s method {@code method} declares it returns. */
    public static boolean takesWhat(EnvelopeBodyWriter<?> writer, Class<?> owner, String method)
            throws NoSuchMethodException {
        return writer.isWriteable(
                Envelope.class,
                owner.getDeclaredMethod(method).getGenericReturnType(),
                new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
    }

    public static <D> String written(EnvelopeBodyWriter<D> writer, Envelope<D> envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(envelope, Envelope.class, null, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
