package com.niasotac.platform.config;

import com.niasotac.platform.persistence.DatabaseUrl;
import java.net.URI;
import java.time.Duration;

/** The validated settings of one deployment. Built only by {@link SettingsValidator}. */
public record Settings(
        AppEnvironment environment,
        boolean debug,
        String secretKey,
        AllowedHosts allowedHosts,
        CorsOrigins corsOrigins,
        DatabaseUrl database,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        MediaSettings media,
        URI frontendUrl,
        URI publicApiUrl,
        boolean demoData,
        Duration publicCacheTtl,
        MailSettings mail,
        RateLimitSettings rateLimits,
        ErrorReportingSettings errorReporting) {

    public boolean isProduction() {
        return environment == AppEnvironment.PRODUCTION;
    }

    /** Error details (exception text) may reach clients only when this is true. */
    public boolean showErrorDetails() {
        return debug && !isProduction();
    }

    @Override
    public String toString() {
        return "Settings[environment=%s, debug=%s, secretKey=<redacted>, allowedHosts=%s, corsOrigins=%s, database=%s, accessTokenLifetime=%s, refreshTokenLifetime=%s, media=%s, frontendUrl=%s, publicApiUrl=%s, demoData=%s, publicCacheTtl=%s, mail=%s, rateLimits=%s, errorReporting=%s]"
                .formatted(
                        environment.label(),
                        debug,
                        allowedHosts.patterns(),
                        corsOrigins.origins(),
                        database,
                        accessTokenLifetime,
                        refreshTokenLifetime,
                        media,
                        frontendUrl,
                        publicApiUrl,
                        demoData,
                        publicCacheTtl,
                        mail,
                        rateLimits,
                        errorReporting);
    }
}
