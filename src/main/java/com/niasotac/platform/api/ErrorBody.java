package com.niasotac.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The {@code error} member of a failed response: a stable machine code and, for bad input, messages per field. */
@JsonbPropertyOrder({"code", "fields"})
public record ErrorBody(String code, Map<String, List<String>> fields) {

    public static ErrorBody of(ErrorCode code) {
        return new ErrorBody(code.code(), null);
    }

    public static ErrorBody of(ErrorCode code, Map<String, List<String>> fields) {
        return new ErrorBody(code.code(), fields == null || fields.isEmpty() ? null : fields);
    }
}
