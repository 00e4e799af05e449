package com.niasotac.platform.domain;

import java.util.List;
import java.util.Map;

/** The request is sound but the current state refuses it: a value already taken, a resource still in use. */
public final class Conflict extends DomainException {

    private Conflict(String code, String message, Map<String, List<String>> fields) {
        super(code, message, fields);
    }

    public static Conflict of(String message) {
        return new Conflict(null, message, Map.of());
    }

    /** The value of {@code field} is already another row's. */
    public static Conflict on(String field, String message) {
        return new Conflict(null, message, Map.of(field, List.of("is already taken")));
    }

    /** A conflict the contract names with a code of its own ({@code promotion_exhausted}). */
    public static Conflict coded(String code, String message) {
        return new Conflict(code, message, Map.of());
    }
}
