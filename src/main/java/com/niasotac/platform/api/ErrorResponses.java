package com.niasotac.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds failure responses in the envelope; every exception mapper and filter goes through here. */
public final class ErrorResponses {

    public static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private ErrorResponses() {}

    public static Response.ResponseBuilder builder(int status, ErrorBody error, String message) {
        return Response.status(status).type(JSON_UTF8).entity(Envelope.failure(error, message));
    }

    public static Response of(ErrorCode code) {
        return builder(code.status(), ErrorBody.of(code), code.defaultMessage()).build();
    }

    public static Response of(ErrorCode code, String message) {
        return builder(code.status(), ErrorBody.of(code), message).build();
    }
}
