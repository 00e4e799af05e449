package com.niasotac.platform.api;

import java.util.Arrays;

/** The stable {@code error.code} strings of the contract, each with its HTTP status. */
public enum ErrorCode {
    VALIDATION_ERROR("validation_error", 400, "The request contains invalid data."),
    BAD_REQUEST("bad_request", 400, "The request could not be understood."),
    NOT_AUTHENTICATED("not_authenticated", 401, "Authentication credentials were not provided or are invalid."),
    PERMISSION_DENIED("permission_denied", 403, "You do not have permission to perform this action."),
    NOT_FOUND("not_found", 404, "Not found."),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, "Method not allowed on this resource."),
    NOT_ACCEPTABLE("not_acceptable", 406, "This resource answers with application/json only."),
    CONFLICT("conflict", 409, "The request conflicts with the current state of the resource."),
    PAYLOAD_TOO_LARGE("payload_too_large", 413, "The request body is too large."),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, "Unsupported media type; send application/json."),
    RATE_LIMITED("rate_limited", 429, "Too many requests; try again later."),
    SERVICE_UNAVAILABLE("service_unavailable", 503, "The service is temporarily unavailable."),
    INTERNAL_ERROR("internal_error", 500, "An unexpected error occurred.");

    private final String code;
    private final int status;
    private final String defaultMessage;

    ErrorCode(String code, int status, String defaultMessage) {
        this.code = code;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** The code the contract gives to a bare HTTP status (from the container or a JAX-RS exception). */
    public static ErrorCode forStatus(int status) {
        if (status == 400) {
            return BAD_REQUEST;
        }
        return Arrays.stream(values())
                .filter(code -> code.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
