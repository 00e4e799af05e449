package com.niasotac.newsletter.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as the newsletter keeps them: trimmed, domain lower-cased, shape checked. */
public final class EmailAddresses {

    /** A pragmatic subset of RFC 5321: dot-atom local part, a domain with at least one dot. */
    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {}

    /** The normalised address, or empty when it is not a usable address. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (trimmed.length() > 254
                || at < 1
                || at > 64
                || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(
                trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
