package com.niasotac.platform.api;

import java.util.List;
import java.util.Map;

/**
 * A failure the client must hear about, with its contract code. Services throw it; {@code ApiExceptionMapper}
 * turns it into the envelope. {@code errorCode} overrides the code string for domain errors such as
 * {@code promotion_exhausted} while {@code kind} still gives the status.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode kind;
    private final String errorCode;
    private final transient Map<String, List<String>> fields;

    public ApiException(ErrorCode kind, String message) {
        this(kind, kind.code(), message, Map.of());
    }

    public ApiException(ErrorCode kind, String errorCode, String message, Map<String, List<String>> fields) {
        this(kind, errorCode, message, fields, null);
    }

    /** With the underlying failure, kept for the logs (never shown to the client). */
    public ApiException(
            ErrorCode kind, String errorCode, String message, Map<String, List<String>> fields, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.errorCode = errorCode;
        this.fields = Map.copyOf(fields);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found.");
    }

    public static ApiException invalidField(String field, String problem) {
        return new ApiException(
                ErrorCode.VALIDATION_ERROR,
                ErrorCode.VALIDATION_ERROR.code(),
                "Invalid value for " + field + ".",
                Map.of(field, List.of(problem)));
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    /** A 409 that names the field holding the value already taken. */
    public static ApiException conflictOn(String field, String message) {
        return new ApiException(
                ErrorCode.CONFLICT, ErrorCode.CONFLICT.code(), message, Map.of(field, List.of("is already taken")));
    }

    public ErrorCode kind() {
        return kind;
    }

    public ErrorBody body() {
        return new ErrorBody(errorCode, fields.isEmpty() ? null : fields);
    }
}
