package com.niasotac.auth.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a signed-in user may do. An admin can do everything staff can, plus manage users. */
public enum Role {
    ADMIN,
    STAFF;

    public static final String ADMIN_NAME = "admin";
    public static final String STAFF_NAME = "staff";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names a token carries and {@code @RolesAllowed} checks. */
    public Set<String> grantedRoles() {
        return this == ADMIN ? Set.of(ADMIN_NAME, STAFF_NAME) : Set.of(STAFF_NAME);
    }

    public static Optional<Role> parse(String label) {
        return Arrays.stream(values())
                .filter(role -> role.label().equals(label))
                .findFirst();
    }
}
