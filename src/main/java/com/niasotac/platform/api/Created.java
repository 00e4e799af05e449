package com.niasotac.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that made something: {@code 201}, its address in {@code Location}, the envelope. */
public final class Created {

    private Created() {}

    /** Made at {@code path} (relative to the API's base, one template variable) filled with {@code key}. */
    public static Response at(UriInfo uri, String path, Object key, Object data, String message) {
        return Response.created(uri.getBaseUriBuilder().path(path).build(key))
                .entity(Envelope.ok(data, message))
                .build();
    }

    /** Made as a part of something else, with no address of its own to read it back (a product's image). */
    public static Response withoutLocation(Object data, String message) {
        return Response.status(Response.Status.CREATED)
                .entity(Envelope.ok(data, message))
                .build();
    }
}
