package com.niasotac.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The operator's check runs as its own process, with only the environment it is given. */
class CheckCommandTest {

    record Outcome(int exitCode, String output) {}

    static Outcome run(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CheckCommand.class.getName())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    @Test
    void exitsNonZeroListingEveryProblem() throws Exception {
        Outcome outcome = run(Map.of("APP_ENV", "production", "SECRET_KEY", "too-short"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output())
                .contains("NIASOTAC configuration is invalid (7 problems)")
                .contains("SECRET_KEY is too short: 9 characters")
                .contains("ALLOWED_HOSTS is required in production")
                .contains("DATABASE_URL is required")
                .contains("FRONTEND_URL is required in production")
                .contains("MEDIA_ROOT is required in production")
                .contains("PUBLIC_API_URL is required in production")
                .contains("SMTP_HOST is required in production");
    }

    @Test
    void exitsZeroForAValidEnvironmentWithoutPrintingSecrets() throws Exception {
        Map<String, String> environment = SettingsValidatorTest.production();

        Outcome outcome = run(environment);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output())
                .startsWith("Configuration accepted")
                .doesNotContain(SettingsValidatorTest.GOOD_SECRET)
                .doesNotContain("s3cr");
    }
}
