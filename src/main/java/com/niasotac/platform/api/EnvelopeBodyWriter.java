package com.niasotac.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A writer of envelopes whose resource method declares a data type this writer knows (JAX-RS picks it from the
 * declared type, before the data exists); every other envelope is JSON-B's.
 */
public abstract class EnvelopeBodyWriter<D> implements MessageBodyWriter<Envelope<D>> {

    /** Whether this writer writes envelopes declared to hold {@code data}. */
    protected abstract boolean writesData(Type data);

    protected abstract void write(Envelope<D> envelope, OutputStream out) throws IOException;

    @Override
    public final boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Envelope.class
                && genericType instanceof ParameterizedType envelope
                && writesData(envelope.getActualTypeArguments()[0]);
    }

    @Override
    public final void writeTo(
            Envelope<D> envelope,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream out)
            throws IOException {
        write(envelope, out);
    }
}
