package com.niasotac.it.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Added to the tested WAR only (never shipped): fails the way a bug would, with internals in the message,
 * so tests can prove a 500 leaks none of them.
 */
@Path("api/v1/test-support/failure")
public class FailingResource {

    public static final String LEAKY_MESSAGE = "SELECT password_hash FROM app_user WHERE id = 1 -- internal detail";

    /** What an error report must never carry: personal data and credentials quoted by a message. */
    public static final String SECRETS_MESSAGE =
            "Duplicate key (email)=(awa.secret@example.bj) for token=tok-0123456789"
                    + " password=hunter2-secret via postgres://niasotac:s3cr3t-pass@db.internal/shop";

    @GET
    public String fail() {
        throw new IllegalStateException(LEAKY_MESSAGE);
    }

    @GET
    @Path("secrets")
    public String failWithSecrets() {
        throw new IllegalStateException(SECRETS_MESSAGE);
    }
}
