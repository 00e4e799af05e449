package com.niasotac.platform.config;

import java.util.Optional;

/** Sentry: reporting is on when {@code SENTRY_DSN} is set; events carry this environment and release. */
public record ErrorReportingSettings(Optional<String> sentryDsn, String environment, String release) {

    @Override
    public String toString() {
        return "ErrorReportingSettings[sentryDsn=%s, environment=%s, release=%s]"
                .formatted(sentryDsn.isPresent() ? "<redacted>" : "-", environment, release);
    }
}
