package com.niasotac.platform.api.errors;

import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.DomainException;
import com.niasotac.platform.domain.NotFound;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one place a domain refusal becomes HTTP: each kind's status and code, its message and fields as they are. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        ErrorCode kind = kind(e);
        ErrorBody body = new ErrorBody(e.code().orElse(kind.code()), e.fields().isEmpty() ? null : e.fields());
        return ErrorResponses.builder(kind.status(), body, e.getMessage()).build();
    }

    static ErrorCode kind(DomainException e) {
        if (e instanceof NotFound) {
            return ErrorCode.NOT_FOUND;
        }
        if (e instanceof Conflict) {
            return ErrorCode.CONFLICT;
        }
        return e.fields().isEmpty() ? ErrorCode.BAD_REQUEST : ErrorCode.VALIDATION_ERROR;
    }
}
