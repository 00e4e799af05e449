package com.niasotac.auth.web;

import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.ErrorResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The 401 answer, with the challenge header RFC 6750 asks for. */
final class Unauthorized {

    private Unauthorized() {}

    static Response response(String message) {
        return ErrorResponses.builder(401, ErrorBody.of(ErrorCode.NOT_AUTHENTICATED), message)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"niasotac\"")
                .build();
    }
}
