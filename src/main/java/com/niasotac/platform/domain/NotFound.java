package com.niasotac.platform.domain;

import java.util.Map;

/** What was asked for does not exist (or is not visible to the one asking). */
public final class NotFound extends DomainException {

    private NotFound(String message) {
        super(null, message, Map.of());
    }

    /** {@code "Product not found."} */
    public static NotFound of(String what) {
        return new NotFound(what + " not found.");
    }

    public static NotFound because(String message) {
        return new NotFound(message);
    }
}
