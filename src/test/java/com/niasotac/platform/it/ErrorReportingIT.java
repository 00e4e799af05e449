package com.niasotac.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.SentryReceiver;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unhandled errors reach Sentry (played by {@link SentryReceiver}) once, with the request's method, path and
 * id, and without the personal data or credentials the request or the error message carried.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorReportingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aServerErrorIsReportedOnceWithItsRequestAndWithoutSecrets() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        ApiResponse failed = Api.get(
                "/api/v1/test-support/failure/secrets?token=query-secret-value",
                "Cookie",
                "session=header-secret-value",
                "X-Request-ID",
                requestId);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("X-Request-ID")).contains(requestId);
        String envelope = awaitEnvelopeWith(requestId);
        assertThat(envelope)
                .contains("IllegalStateException")
                .contains("\"environment\":\"test\"")
                .contains("\"release\":\"niasotac-api@")
                .contains("\"method\":\"GET\"")
                .contains("/api/v1/test-support/failure/secrets")
                .contains("[email]")
                .doesNotContain("awa.secret@example.bj")
                .doesNotContain("tok-0123456789")
                .doesNotContain("hunter2-secret")
                .doesNotContain("s3cr3t-pass")
                .doesNotContain("query-secret-value")
                .doesNotContain("header-secret-value");

        awaitALaterReport();
        assertThat(envelopesWith(requestId)).hasSize(1);
    }

    @Test
    void clientErrorsAreNotReported() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        assertThat(Api.get("/api/v1/no-such-endpoint", "X-Request-ID", requestId)
                        .status())
                .isEqualTo(404);
        assertThat(Api.post("/api/v1/newsletter/confirm", "{", "X-Request-ID", requestId)
                        .status())
                .isEqualTo(400);

        awaitALaterReport();
        assertThat(envelopesWith(requestId)).isEmpty();
    }

    @Test
    void everyResponseCarriesARequestIdAndAnImplausibleOneIsReplaced() {
        String generated = Api.get("/healthz/live").header("X-Request-ID").orElseThrow();
        assertThat(generated).matches("[0-9a-f-]{36}");

        String replaced = Api.get("/healthz/live", "X-Request-ID", "<script>")
                .header("X-Request-ID")
                .orElseThrow();
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    /**
     * The SDK sends reports in order from one queue: once a server error raised now has been received, every
     * report of an earlier request has been too. An absence is then a fact, not a guess after a pause.
     */
    static void awaitALaterReport() {
        String marker = "it-marker-" + UUID.randomUUID();
        assertThat(Api.get("/api/v1/test-support/failure/secrets", "X-Request-ID", marker)
                        .status())
                .isEqualTo(500);
        awaitEnvelopeWith(marker);
    }

    static List<String> envelopesWith(String requestId) {
        return SentryReceiver.envelopes().stream()
                .filter(envelope -> envelope.contains(requestId))
                .toList();
    }

    static String awaitEnvelopeWith(String requestId) {
        Await.until(() -> !envelopesWith(requestId).isEmpty(), Duration.ofSeconds(20));
        return envelopesWith(requestId).get(0);
    }
}
