package com.niasotac.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The body of every API response: {@code {"success", "data", "message", "error"}}. Build it only through
 * the factory methods so success and failure bodies never mix.
 */
@JsonbPropertyOrder({"success", "data", "message", "error"})
public record Envelope<T>(boolean success, T data, String message, ErrorBody error) {

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(true, data, null, null);
    }

    public static <T> Envelope<T> ok(T data, String message) {
        return new Envelope<>(true, data, message, null);
    }

    public static Envelope<Void> failure(ErrorBody error, String message) {
        return new Envelope<>(false, null, message, error);
    }
}
