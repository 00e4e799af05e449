package com.niasotac.platform.persistence;

import java.util.Optional;

/**
 * A path segment names a row by slug or by id. A segment of digits is an id and only an id (slugs are never all
 * digits), so it resolves to at most one row.
 */
public final class SlugOrId {

    private SlugOrId() {}

    /** The id a segment of 1 to 18 digits stands for; empty for a slug. */
    public static Optional<Long> id(String segment) {
        return segment.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(segment)) : Optional.empty();
    }
}
