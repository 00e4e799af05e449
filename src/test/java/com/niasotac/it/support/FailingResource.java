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

    @GET
    public String fail() {
        throw new IllegalStateException(LEAKY_MESSAGE);
    }
}
