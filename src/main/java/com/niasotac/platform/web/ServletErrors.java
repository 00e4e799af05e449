package com.niasotac.platform.web;

import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.json.JsonFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes an envelope error from a servlet filter, before JAX-RS is involved. */
final class ServletErrors {

    private ServletErrors() {}

    static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        byte[] body = JsonFormat.JSONB
                .toJson(Envelope.failure(ErrorBody.of(code), message))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(code.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
