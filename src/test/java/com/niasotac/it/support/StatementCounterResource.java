package com.niasotac.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Added to the tested WAR only (with {@link RequestStatementCounter} as Hibernate's statement inspector): how
 * many SQL statements the request with this {@code X-Request-ID} prepared, native queries included.
 */
@Path("api/v1/test-support/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatementCounterResource {

    /** Starts counting, on every thread, the statements that contain {@code fragment}. */
    @PUT
    @Path("watched")
    public Map<String, Long> watch(@QueryParam("fragment") String fragment) {
        RequestStatementCounter.watch(fragment);
        return Map.of("prepared", 0L);
    }

    @GET
    @Path("watched")
    public Map<String, Long> watched(@QueryParam("fragment") String fragment) {
        return Map.of("prepared", RequestStatementCounter.watched(fragment));
    }

    @GET
    @Path("{requestId}")
    public Map<String, Long> count(@PathParam("requestId") String requestId) {
        return Map.of("prepared", RequestStatementCounter.count(requestId));
    }
}
