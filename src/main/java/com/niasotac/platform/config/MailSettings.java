package com.niasotac.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where mail goes: an SMTP server ({@code SMTP_*}), or, in development without one, a directory of
 * {@code .eml} files (the dev outbox). Also the newsletter's sending rhythm, how long a node holds a campaign
 * it sends ({@code senderLease}: another node takes over a dead sender's campaign after it), and the shop's
 * confirmation page ({@code confirmUrl}, where {@link #TOKEN} stands for the token).
 */
public record MailSettings(
        Optional<Smtp> smtp,
        String defaultFrom,
        Path outboxDir,
        Duration dispatchInterval,
        int chunkSize,
        Duration senderLease,
        String confirmUrl) {

    public static final String TOKEN = "{token}";

    /** An SMTP server; the password is a secret and never printed. */
    public record Smtp(String host, int port, Optional<String> user, Optional<String> password, boolean startTls) {

        @Override
        public String toString() {
            return "Smtp[host=%s, port=%d, user=%s, password=%s, startTls=%s]"
                    .formatted(host, port, user.orElse("-"), password.isPresent() ? "<redacted>" : "-", startTls);
        }
    }
}
