package com.niasotac.auth.domain;

import java.util.Optional;

/** The rule every new password meets, whether set through the API or the admin command. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("must differ from the username");
        }
        return Optional.empty();
    }
}
