package com.niasotac.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsValidatorTest {

    static final String GOOD_SECRET = "kT9vQ2mX7pL4wR8zN1cB6yH3fJ5dG0sA";
    static final String GOOD_DATABASE = "postgres://niasotac:s3cr%40t@db.internal:5433/shop?sslmode=require";

    static Map<String, String> production() {
        Map<String, String> env = new HashMap<>();
        env.put("APP_ENV", "production");
        env.put("SECRET_KEY", GOOD_SECRET);
        env.put("DATABASE_URL", GOOD_DATABASE);
        env.put("ALLOWED_HOSTS", "api.niasotac.com");
        env.put("CORS_ALLOWED_ORIGINS", "https://niasotac.com, https://www.niasotac.com");
        env.put("FRONTEND_URL", "https://niasotac.com/");
        env.put("PUBLIC_API_URL", "https://api.niasotac.com");
        env.put("MEDIA_ROOT", "/var/lib/niasotac/media");
        env.put("SMTP_HOST", "smtp.niasotac.com");
        env.put("SMTP_USER", "newsletter");
        env.put("SMTP_PASSWORD", "smtp-pa55word-value");
        env.put("DEFAULT_FROM_EMAIL", "NIASOTAC <newsletter@niasotac.com>");
        env.put("REDIS_URL", "rediss://:r3dis-pa55word@cache.internal:6380/2");
        return env;
    }

    static SettingsValidator.Result validate(Map<String, String> env) {
        return SettingsValidator.validate(new EnvironmentSource(env));
    }

    @Test
    void acceptsACompleteProductionEnvironment() {
        SettingsValidator.Result result = validate(production());

        assertThat(result.problems()).isEmpty();
        Settings settings = result.orThrow();
        assertThat(settings.environment()).isEqualTo(AppEnvironment.PRODUCTION);
        assertThat(settings.database().password()).isEqualTo("s3cr@t");
        assertThat(settings.database().port()).isEqualTo(5433);
        assertThat(settings.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.corsOrigins().lists("https://www.niasotac.com")).isTrue();
        assertThat(settings.toString())
                .doesNotContain(GOOD_SECRET)
                .doesNotContain("s3cr")
                .doesNotContain("smtp-pa55word-value")
                .doesNotContain("r3dis-pa55word");
        assertThat(settings.mail().smtp().orElseThrow().port()).isEqualTo(587);
        assertThat(settings.mail().smtp().orElseThrow().startTls()).isTrue();
        assertThat(settings.mail().dispatchInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void productionIsTheDefaultEnvironment() {
        Map<String, String> env = production();
        env.remove("APP_ENV");

        assertThat(validate(env).orThrow().isProduction()).isTrue();
    }

    @Test
    void missingSecretKeyIsRefusedWithItsName() {
        Map<String, String> env = production();
        env.remove("SECRET_KEY");

        assertThat(validate(env).problems()).singleElement().asString().startsWith("SECRET_KEY is required");
    }

    @Test
    void shortSecretKeyIsRefused() {
        Map<String, String> env = production();
        env.put("SECRET_KEY", "kT9vQ2mX7pL4wR8zN1cB6yH3fJ5dG0s"); // 31 characters

        assertThat(validate(env).problems()).singleElement().asString().contains("SECRET_KEY is too short: 31");
    }

    @Test
    void placeholderAndPredictableSecretsAreRefused() {
        for (String secret : new String[] {
            "change-me-generate-a-long-random-secret-key",
            "your-secret-key-placeholder-value-123",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        }) {
            Map<String, String> env = production();
            env.put("SECRET_KEY", secret);
            assertThat(validate(env).problems())
                    .as(secret)
                    .singleElement()
                    .asString()
                    .startsWith("SECRET_KEY is");
        }
    }

    @Test
    void secretsMayComeFromFiles(@TempDir Path dir) throws IOException {
        Path secretFile = Files.writeString(dir.resolve("secret"), GOOD_SECRET + "\n");
        Map<String, String> env = production();
        env.remove("SECRET_KEY");
        env.put("SECRET_KEY_FILE", secretFile.toString());

        assertThat(validate(env).orThrow().secretKey()).isEqualTo(GOOD_SECRET);
    }

    @Test
    void aSecretGivenTwiceOrAsAnUnreadableFileIsRefused(@TempDir Path dir) {
        Map<String, String> both = production();
        both.put("SECRET_KEY_FILE", dir.resolve("secret").toString());
        Map<String, String> unreadable = production();
        unreadable.remove("DATABASE_URL");
        unreadable.put("DATABASE_URL_FILE", dir.resolve("missing").toString());

        assertThat(validate(both).problems()).anyMatch(p -> p.contains("SECRET_KEY and SECRET_KEY_FILE are both set"));
        assertThat(validate(unreadable).problems())
                .anyMatch(p -> p.startsWith("DATABASE_URL_FILE points to a file that cannot be read"));
    }

    @Test
    void productionNeedsExplicitHostsAndNoWildcards() {
        Map<String, String> noHosts = production();
        noHosts.remove("ALLOWED_HOSTS");
        Map<String, String> wildcards = production();
        wildcards.put("ALLOWED_HOSTS", "*");
        wildcards.put("CORS_ALLOWED_ORIGINS", "*");

        assertThat(validate(noHosts).problems())
                .singleElement()
                .asString()
                .startsWith("ALLOWED_HOSTS is required in production");
        assertThat(validate(wildcards).problems())
                .containsExactlyInAnyOrder(
                        "ALLOWED_HOSTS may not be '*' in production; list the host names",
                        "CORS_ALLOWED_ORIGINS may not be '*' in production; list the exact origins");
    }

    @Test
    void developmentDefaultsToLocalHostsAndAllowsWildcards() {
        Map<String, String> env = production();
        env.put("APP_ENV", "development");
        env.remove("ALLOWED_HOSTS");
        env.put("CORS_ALLOWED_ORIGINS", "*");

        Settings settings = validate(env).orThrow();

        assertThat(settings.allowedHosts().allows("localhost")).isTrue();
        assertThat(settings.allowedHosts().allows("evil.example")).isFalse();
        assertThat(settings.corsOrigins().allows("http://localhost:5173")).isTrue();
        assertThat(settings.corsOrigins().lists("http://localhost:5173")).isFalse();
    }

    @Test
    void debugIsForcedOffInProductionOnly() {
        Map<String, String> prod = production();
        prod.put("DEBUG", "true");
        Map<String, String> dev = production();
        dev.put("APP_ENV", "development");
        dev.put("DEBUG", "true");

        SettingsValidator.Result prodResult = validate(prod);
        assertThat(prodResult.orThrow().showErrorDetails()).isFalse();
        assertThat(prodResult.warnings()).singleElement().asString().startsWith("DEBUG is ignored in production");
        assertThat(validate(dev).orThrow().showErrorDetails()).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("APP_ENV", "staging");
        env.put("DEBUG", "perhaps");
        env.put("CORS_ALLOWED_ORIGINS", "https://shop.example.com/path");
        env.put("ACCESS_TOKEN_LIFETIME", "ten");

        assertThat(validate(env).problems())
                .hasSize(11)
                .anyMatch(p -> p.startsWith("FRONTEND_URL is required in production"))
                .anyMatch(p -> p.startsWith("PUBLIC_API_URL is required in production"))
                .anyMatch(p -> p.startsWith("SMTP_HOST is required in production"))
                .anyMatch(p -> p.startsWith("MEDIA_ROOT is required in production"))
                .anyMatch(p -> p.startsWith("APP_ENV must be one of development, test, production (got 'staging')"))
                .anyMatch(p -> p.startsWith("DEBUG must be true or false"))
                .anyMatch(p -> p.startsWith("SECRET_KEY is required"))
                .anyMatch(p -> p.startsWith("ALLOWED_HOSTS is required in production"))
                .anyMatch(p -> p.startsWith("CORS_ALLOWED_ORIGINS: 'https://shop.example.com/path' is not an origin"))
                .anyMatch(p -> p.startsWith("DATABASE_URL is required"))
                .anyMatch(p -> p.startsWith("ACCESS_TOKEN_LIFETIME must be a whole number of seconds"));
    }

    @Test
    void theServersPoolSizesAreWholeNumbersUpTo999() {
        Map<String, String> env = production();
        env.put("DB_POOL_MAX_SIZE", "0");
        env.put("WORKER_THREADS", "many");

        assertThat(validate(env).problems())
                .containsExactlyInAnyOrder(
                        "DB_POOL_MAX_SIZE must be a whole number from 1 to 999 (got '0')",
                        "WORKER_THREADS must be a whole number from 1 to 999 (got 'many')");
        env.put("DB_POOL_MAX_SIZE", "40");
        env.put("WORKER_THREADS", "8");
        assertThat(validate(env).problems()).isEmpty();
    }

    @Test
    void urlsAndTheMediaRootAreChecked() {
        Map<String, String> env = production();
        env.put("FRONTEND_URL", "niasotac.com");
        env.put("MEDIA_BASE_URL", "ftp://media.niasotac.com");
        env.put("MEDIA_ROOT", "relative/media");

        assertThat(validate(env).problems())
                .containsExactlyInAnyOrder(
                        "FRONTEND_URL must be an absolute http(s) URL like https://niasotac.com (got 'niasotac.com')",
                        "MEDIA_BASE_URL must be an absolute http(s) URL like https://niasotac.com (got 'ftp://media.niasotac.com')",
                        "MEDIA_ROOT must be an absolute path (got 'relative/media')");
        assertThat(validate(production()).orThrow().frontendUrl()).hasToString("https://niasotac.com");
    }

    @Test
    void demoDataIsRefusedInProduction() {
        Map<String, String> env = production();
        env.put("DEMO_DATA", "true");
        Map<String, String> dev = production();
        dev.put("APP_ENV", "development");
        dev.put("DEMO_DATA", "true");

        assertThat(validate(env).problems()).containsExactly("DEMO_DATA may not be true in production");
        assertThat(validate(dev).orThrow().demoData()).isTrue();
    }

    @Test
    void tokenLifetimesAreBoundedAndOrdered() {
        Map<String, String> env = production();
        env.put("ACCESS_TOKEN_LIFETIME", "30");
        Map<String, String> inverted = production();
        inverted.put("ACCESS_TOKEN_LIFETIME", "7200");
        inverted.put("REFRESH_TOKEN_LIFETIME", "3600");

        assertThat(validate(env).problems())
                .singleElement()
                .asString()
                .startsWith("ACCESS_TOKEN_LIFETIME must be a whole number of seconds between 60 and 86400");
        assertThat(validate(inverted).problems())
                .containsExactly("REFRESH_TOKEN_LIFETIME must be longer than ACCESS_TOKEN_LIFETIME");
    }

    @Test
    void badDatabaseUrlsAreExplained() {
        for (var entry : Map.of(
                        "mysql://u:p@h/db", "must start with postgres://",
                        "postgres://u:p@h:5432/", "names no database",
                        "postgres://h:5432/db", "names no user",
                        "postgres://u:p@h/db?sslmode=sometimes", "sslmode must be one of")
                .entrySet()) {
            Map<String, String> env = production();
            env.put("DATABASE_URL", entry.getKey());
            assertThat(validate(env).problems())
                    .as(entry.getKey())
                    .singleElement()
                    .asString()
                    .contains(entry.getValue());
        }
    }

    @Test
    void productionNeedsAnSmtpServerAndASender() {
        Map<String, String> env = production();
        env.remove("SMTP_HOST");
        Map<String, String> noSender = production();
        noSender.remove("DEFAULT_FROM_EMAIL");

        assertThat(validate(env).problems()).anyMatch(p -> p.startsWith("SMTP_HOST is required in production"));
        assertThat(validate(noSender).problems()).anyMatch(p -> p.startsWith("DEFAULT_FROM_EMAIL is required"));
    }

    @Test
    void smtpCredentialsGoTogetherAndNumbersAreBounded() {
        Map<String, String> env = production();
        env.remove("SMTP_PASSWORD");
        env.put("SMTP_PORT", "70000");
        env.put("SMTP_STARTTLS", "maybe");
        env.put("NEWSLETTER_CHUNK_SIZE", "0");

        assertThat(validate(env).problems())
                .anyMatch(p -> p.startsWith("SMTP_USER and SMTP_PASSWORD go together"))
                .anyMatch(p -> p.startsWith("SMTP_PORT must be a whole number between 1 and 65535"))
                .anyMatch(p -> p.startsWith("SMTP_STARTTLS must be true or false"))
                .anyMatch(p -> p.startsWith("NEWSLETTER_CHUNK_SIZE must be a whole number between 1 and 1000"));
    }

    @Test
    void developmentWithoutSmtpWritesToTheOutbox() {
        Map<String, String> env = new HashMap<>();
        env.put("APP_ENV", "development");
        env.put("SECRET_KEY", GOOD_SECRET);
        env.put("DATABASE_URL", GOOD_DATABASE);
        env.put("MAIL_OUTBOX_DIR", "/tmp/outbox-test");

        MailSettings mail = validate(env).orThrow().mail();

        assertThat(mail.smtp()).isEmpty();
        assertThat(mail.outboxDir()).isEqualTo(Path.of("/tmp/outbox-test"));
        assertThat(mail.defaultFrom()).contains("@");
    }

    @Test
    void rateLimitsHaveDefaultsAndEachCanBeChanged() {
        Map<String, String> env = production();
        env.put("RATE_LIMIT_TOKEN_OBTAIN", "20/30");
        env.put("TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::/32");

        RateLimitSettings limits = validate(env).orThrow().rateLimits();

        assertThat(limits.limit("token_obtain")).isEqualTo(new RateLimitSettings.Limit(20, Duration.ofSeconds(30)));
        assertThat(limits.limit("whatsapp_click")).isEqualTo(RateLimitSettings.DEFAULTS.get("whatsapp_click"));
        assertThat(limits.limits()).containsOnlyKeys(RateLimitSettings.DEFAULTS.keySet());
        assertThat(limits.redisUrl().orElseThrow().getHost()).isEqualTo("cache.internal");
        assertThat(limits.failOpen()).isTrue();
        assertThat(limits.trustedProxies()).hasSize(2);
    }

    @Test
    void badRateLimitSettingsAreRefusedWithoutRepeatingTheRedisPassword() {
        Map<String, String> env = production();
        env.put("REDIS_URL", "http://:hunter2-secret@cache.internal");
        env.put("RATE_LIMIT_PROMOTION_CODE", "ten per minute");
        env.put("RATE_LIMIT_FAIL_OPEN", "sometimes");
        env.put("TRUSTED_PROXIES", "proxy.internal");

        assertThat(validate(env).problems())
                .anyMatch(p -> p.startsWith("REDIS_URL must look like redis://"))
                .anyMatch(p -> p.startsWith("RATE_LIMIT_PROMOTION_CODE must be <requests>/<seconds>"))
                .anyMatch(p -> p.startsWith("RATE_LIMIT_FAIL_OPEN must be true or false"))
                .anyMatch(p -> p.startsWith("TRUSTED_PROXIES lists addresses or CIDR blocks"))
                .noneMatch(p -> p.contains("hunter2"));
    }

    @Test
    void productionWithoutRedisCountsPerNodeWithAWarning() {
        Map<String, String> env = production();
        env.remove("REDIS_URL");

        SettingsValidator.Result result = validate(env);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("REDIS_URL is not set"));
    }

    @Test
    void sentryNeedsARealDsnAndDefaultsToTheEnvironmentAndTheBuild() {
        Map<String, String> env = production();
        env.put("SENTRY_DSN", "https://0123abcd-public@o42.ingest.sentry.io/4501");

        Settings settings = validate(env).orThrow();

        assertThat(settings.errorReporting().environment()).isEqualTo("production");
        assertThat(settings.errorReporting().release()).startsWith("niasotac-api@");
        assertThat(settings.toString()).doesNotContain("0123abcd-public");

        Map<String, String> bad = production();
        bad.put("SENTRY_DSN", "sentry-key-0123abcd");
        assertThat(validate(bad).problems())
                .anyMatch(p -> p.startsWith("SENTRY_DSN must be the DSN Sentry gives"))
                .noneMatch(p -> p.contains("0123abcd"));
    }

    @Test
    void s3StorageNeedsABucketAndARegionAndMakesTheMediaRootOptional() {
        Map<String, String> env = production();
        env.remove("MEDIA_ROOT");
        env.put("STORAGE_BACKEND", "s3");
        env.put("S3_BUCKET", "niasotac-media");
        env.put("S3_REGION", "eu-west-3");
        env.put("S3_ACCESS_KEY_ID", "AKIAEXAMPLE");
        env.put("S3_SECRET_ACCESS_KEY", "s3-secret-value-0123");

        Settings settings = validate(env).orThrow();

        assertThat(settings.media().s3().orElseThrow().bucket()).isEqualTo("niasotac-media");
        assertThat(settings.toString()).doesNotContain("s3-secret-value-0123");

        Map<String, String> bad = production();
        bad.put("STORAGE_BACKEND", "s3");
        bad.put("S3_BUCKET", "Not_A_Bucket");
        bad.put("S3_SECRET_ACCESS_KEY", "lonely-secret");
        assertThat(validate(bad).problems())
                .anyMatch(p -> p.startsWith("S3_BUCKET is required with STORAGE_BACKEND=s3"))
                .anyMatch(p -> p.startsWith("S3_REGION is required"))
                .anyMatch(p -> p.startsWith("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together"))
                .noneMatch(p -> p.contains("lonely-secret"));
        Map<String, String> unknown = production();
        unknown.put("STORAGE_BACKEND", "ftp");
        assertThat(validate(unknown).problems()).anyMatch(p -> p.startsWith("STORAGE_BACKEND must be local or s3"));
    }
}
