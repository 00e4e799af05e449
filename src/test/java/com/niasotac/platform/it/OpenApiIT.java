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

/** GET /openapi: generated at build time, served by the application under its Host and CORS rules. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void servesYamlByDefaultDescribingTheEndpointsWithWireNames() {
        ApiResponse yaml = Api.get("/openapi");

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(yaml.body())
                .startsWith("---\nopenapi: 3.")
                .contains("/api/token:", "/api/token/refresh:", "/api/v1/users:", "/healthz/ready:")
                .contains("expires_in:", "is_active:")
                .doesNotContain("expiresIn", "isActive", "test-support");
    }

    @Test
    void servesJsonOnRequest() {
        ApiResponse byAccept = Api.get("/openapi", "Accept", "application/json");
        ApiResponse byFormat = Api.get("/openapi/?format=json");

        assertThat(byAccept.json().getString("openapi")).startsWith("3.");
        assertThat(byFormat.json().getJsonObject("paths").keySet()).contains("/api/token", "/api/v1/users/me");
    }

    @Test
    void followsTheHostAndCorsRulesLikeEveryOtherPath() {
        assertFailure(Api.get("/openapi", "Host", "evil.example"), 400, "bad_request");
        assertThat(Api.get("/openapi", "Origin", "https://attacker.example").header("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(Api.get("/openapi", "Origin", System.getProperty("it.cors.origin"))
                        .header("Access-Control-Allow-Origin"))
                .contains(System.getProperty("it.cors.origin"));
    }
}
