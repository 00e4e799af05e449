package com.niasotac.platform.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void describesTheEnvelopeTheErrorsAndWhoMayCallEachOperation() {
        JsonObject document = Api.get("/openapi?format=json").json();
        JsonObject paths = document.getJsonObject("paths");

        JsonObject create = paths.getJsonObject("/api/v1/products").getJsonObject("post");
        assertThat(create.getString("operationId")).isEqualTo("ProductResource_create");
        assertThat(create.getJsonArray("security").getJsonObject(0).keySet()).containsExactly("bearer");
        assertThat(create.getJsonObject("responses").keySet()).contains("201", "401", "403", "4XX", "5XX");
        assertThat(create.getJsonObject("responses")
                        .getJsonObject("201")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getJsonObject("properties")
                        .getJsonObject("data")
                        .getString("$ref"))
                .as("a Response-returning operation documents its data, inside the envelope")
                .isEqualTo("#/components/schemas/ProductDetail");

        JsonObject list = paths.getJsonObject("/api/v1/products").getJsonObject("get");
        assertThat(list.containsKey("security"))
                .as("public reads need no token")
                .isFalse();
        JsonObject view =
                paths.getJsonObject("/api/v1/products/{slug}/track_view").getJsonObject("post");
        assertThat(view.getJsonObject("responses").keySet()).contains("200", "4XX");
        JsonObject click = paths.getJsonObject("/api/v1/products/{slug}/track_whatsapp_click")
                .getJsonObject("post");
        assertThat(click.getJsonObject("responses").keySet()).contains("429");

        JsonObject error =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("ErrorEnvelope");
        assertThat(error
                        .getJsonObject("properties")
                        .getJsonObject("error")
                        .getJsonObject("properties")
                        .getJsonObject("code")
                        .getJsonArray("enum")
                        .getValuesAs(JsonString.class)
                        .stream()
                        .map(JsonString::getString))
                .contains("validation_error", "not_found", "rate_limited", "token_expired", "internal_error");
        assertThat(document.getJsonObject("info").getString("description")).contains("## Conventions");
    }

    @Test
    void theReferencePageServesSwaggerUiFromTheApplicationUnderAStrictPolicy() {
        ApiResponse page = Api.get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'").doesNotContain("http");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("//cdn");
        Matcher assets = Pattern.compile("src=\"(/api/docs/assets/[^\"]+)\"").matcher(page.body());
        int scripts = 0;
        while (assets.find()) {
            ApiResponse script = Api.get(assets.group(1));
            assertThat(script.status()).as(assets.group(1)).isEqualTo(200);
            assertThat(script.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
            assertThat(script.header("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
            scripts++;
        }
        assertThat(scripts).as("Swagger UI and its initialiser").isEqualTo(2);
        assertThat(Api.get("/api/docs/").status()).isEqualTo(200);
        assertFailure(Api.get("/api/docs/assets/0.0.0/swagger-ui-bundle.js"), 404, "not_found");
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
