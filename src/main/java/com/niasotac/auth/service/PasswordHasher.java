package com.niasotac.auth.service;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (cost 12) through a maintained library. Passwords beyond bcrypt's 72-byte limit are pre-hashed
 * with SHA-512 instead of being silently truncated. Hashes imported from the Django original
 * ({@link DjangoPasswordHash}) are verified too, and reported as needing an upgrade to bcrypt.
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
        if (DjangoPasswordHash.isDjango(hash)) {
            return DjangoPasswordHash.verify(password, hash);
        }
        if (!isBcrypt(hash)) {
            return false; // e.g. Django's unusable "!" passwords: nothing verifies them
        }
        return VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** A hash of another scheme, to replace by {@link #hash} once the password is known (at sign-in). */
    public boolean needsUpgrade(String hash) {
        return !isBcrypt(hash);
    }

    public boolean isDjango(String hash) {
        return DjangoPasswordHash.isDjango(hash);
    }

    /** Spends the time of verifying an imported Django hash, for attempts that verify none. */
    public void spendDjangoVerification(String password) {
        DjangoPasswordHash.spend(password);
    }

    private static boolean isBcrypt(String hash) {
        return hash.startsWith("$2");
    }

    /** Spends the time of a real verification and always fails. */
    public boolean verifyAgainstNobody(String password) {
        verify(password, DUMMY_HASH);
        return false;
    }
}
