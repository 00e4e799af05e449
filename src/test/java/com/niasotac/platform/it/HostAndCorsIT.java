package com.niasotac.platform.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ALLOWED_HOSTS and CORS_ALLOWED_ORIGINS as the tests' environment sets them (see pom.xml). */
@ExtendWith(ArquillianExtension.class)
class HostAndCorsIT {

    static final String ALLOWED_ORIGIN = System.getProperty("it.cors.origin");
    static final String OTHER_ORIGIN = "https://attacker.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aHostNotAllowedIs400() {
        assertFailure(Api.get("/healthz", "Host", "evil.example"), 400, "bad_request");
        assertFailure(Api.get("/api/v1/users/me", "Host", "localhost.evil.example:8180"), 400, "bad_request");
    }

    @Test
    void anAllowedHostIsServed() {
        assertThat(Api.get("/healthz/live", "Host", "localhost:8180").status()).isEqualTo(200);
    }

    @Test
    void anAllowedOriginGetsCorsHeadersWithCredentials() {
        ApiResponse response = Api.get("/healthz/live", "Origin", ALLOWED_ORIGIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(response.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        ApiResponse response = Api.get("/healthz/live", "Origin", OTHER_ORIGIN);

        assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        ApiResponse response = Api.send(
                "OPTIONS",
                "/api/token",
                null,
                "Origin",
                ALLOWED_ORIGIN,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type, authorization");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(response.header("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(response.header("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization").contains("Content-Type"));
    }

    @Test
    void aPreflightFromAnotherOriginIs403() {
        ApiResponse response = Api.send(
                "OPTIONS", "/api/token", null, "Origin", OTHER_ORIGIN, "Access-Control-Request-Method", "POST");

        assertFailure(response, 403, "permission_denied");
        assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
