package com.niasotac.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands JAX-RS the shared JSON-B instance, so every resource speaks the same JSON. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonFormat.JSONB;
    }
}
