package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Errors JAX-RS raises itself (unknown path, wrong method, unsupported media type...). The container's
 * message can name internals, so the client gets the contract's own sentence; useful headers are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // redirects and other non-errors pass through
        }
        ErrorCode code = ErrorCode.forStatus(status);
        Response.ResponseBuilder builder = ErrorResponses.builder(status, ErrorBody.of(code), code.defaultMessage());
        for (String header : KEPT_HEADERS) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }
}
