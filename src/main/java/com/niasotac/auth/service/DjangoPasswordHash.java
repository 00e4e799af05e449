package com.niasotac.auth.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Django's {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}, the hashes staff accounts imported from the
 * original application keep until their owner's next sign-in (which re-hashes with bcrypt). Verified with the
 * JDK's PBKDF2WithHmacSHA256, as Django's {@code hashlib.pbkdf2_hmac} computes it.
 */
final class DjangoPasswordHash {

    static final String PREFIX = "pbkdf2_sha256$";
    /**
     * Django 4.2's work factor. A hash with fewer iterations is verified in the time of this many, the way
     * Django's {@code harden_runtime} does, so older hashes are not told apart by their speed.
     */
    static final int HARDENED_ITERATIONS = 600_000;

    private static final int MAX_ITERATIONS = 10_000_000;
    private static final byte[] DUMMY_SALT = "timing-equaliser".getBytes(StandardCharsets.UTF_8);

    private record Parsed(int iterations, byte[] salt, byte[] hash) {}

    private DjangoPasswordHash() {}

    static boolean isDjango(String encoded) {
        return encoded.startsWith(PREFIX);
    }

    static boolean verify(String password, String encoded) {
        Optional<Parsed> parsed = parse(encoded);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed p = parsed.get();
        byte[] computed = derive(password, p.salt(), p.iterations(), p.hash().length);
        if (p.iterations() < HARDENED_ITERATIONS) {
            derive(password, DUMMY_SALT, HARDENED_ITERATIONS - p.iterations(), p.hash().length);
        }
        return MessageDigest.isEqual(computed, p.hash());
    }

    /** The work of verifying a hardened Django hash, for attempts that have none to verify. */
    static void spend(String password) {
        derive(password, DUMMY_SALT, HARDENED_ITERATIONS, 32);
    }

    private static Optional<Parsed> parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[1].matches("[1-9][0-9]{0,7}") || parts[2].isEmpty()) {
            return Optional.empty();
        }
        int iterations = Integer.parseInt(parts[1]);
        try {
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations > MAX_ITERATIONS || hash.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(iterations, parts[2].getBytes(StandardCharsets.UTF_8), hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            // SunJCE encodes the password as UTF-8, as Django does.
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
