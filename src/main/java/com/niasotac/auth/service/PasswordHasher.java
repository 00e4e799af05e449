package com.niasotac.auth.service;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (cost 12) through a maintained library. Passwords beyond bcrypt's 72-byte limit are pre-hashed
 * with SHA-512 instead of being silently truncated.
 */
public final class PasswordHasher {

    public static final int COST = 12;

    private static final BCrypt.Hasher HASHER =
            BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    private static final BCrypt.Verifyer VERIFIER =
            BCrypt.verifyer(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    /** Compared against when the user does not exist, so both answers take the same time. */
    static final String DUMMY_SECRET = "timing-equaliser-not-a-password";

    static final String DUMMY_HASH = new PasswordHasher().hash(DUMMY_SECRET);

    public String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the time of a real verification and always fails. */
    public boolean verifyAgainstNobody(String password) {
        verify(password, DUMMY_HASH);
        return false;
    }
}
