package com.niasotac.platform.api;

import com.niasotac.platform.json.StrictTypes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * U+0000 in a request's address, before anything reads it: in a path segment the resource cannot exist (404);
 * in a query parameter it is a 400 naming the parameter. PostgreSQL cannot store or compare such text, and no
 * name, slug or search of this API contains it. A query string that is not valid percent-encoding is a 400.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class NulInAddressFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
            throw ApiException.notFound("Resource");
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The query string is not valid percent-encoding.");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0);
            if (nul) {
                throw ApiException.invalidField(parameter.getKey().replace('\0', '?'), StrictTypes.NUL_MESSAGE);
            }
        }
    }
}
