package com.niasotac.djangoimport.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What was written for a row, in 64 hex characters: the SHA-256 of its values record's text (records print
 * every component, in order). Equal fingerprints on a later run mean there is nothing to write.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Object values) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(values.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
