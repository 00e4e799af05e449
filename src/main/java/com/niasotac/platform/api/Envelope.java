package com.niasotac.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The body of every API response: {@code {"success", "data", "message", "error"}}. Build it only through
 * the factory methods so success and failure bodies never mix.
 */
@JsonbPropertyOrder({"success", "data", "message", "error"})
public record Envelope<T>(boolean success, T data, String message, ErrorBody error) {

    // Compared by identity: Yasson's recursion check puts every object it writes in a HashSet, and a record's own
    // hashCode walks everything it holds, so one page of products was hashed six times over (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(true, data, null, null);
    }

    public static <T> Envelope<T> ok(T data, String message) {
        return new Envelope<>(true, data, message, null);
    }

    /** The same answer carrying other data (a writer that writes part of the data itself). */
    public <U> Envelope<U> withData(U replaced) {
        return new Envelope<>(success, replaced, message, error);
    }

    public static Envelope<Void> failure(ErrorBody error, String message) {
        return new Envelope<>(false, null, message, error);
    }
}
