package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Failures the application raised on purpose: their status, code and message go to the client as they are. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException e) {
        return ErrorResponses.builder(e.kind().status(), e.body(), e.getMessage())
                .build();
    }
}
