package com.niasotac.platform.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.FailingResource;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every failure class of the contract answers in the envelope, with its status and code. */
@ExtendWith(ArquillianExtension.class)
class EnvelopeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void unknownPathsAre404WithOrWithoutTrailingSlash() {
        assertFailure(Api.get("/api/v1/no-such-thing"), 404, "not_found");
        assertFailure(Api.get("/api/v1/no-such-thing/"), 404, "not_found");
        assertFailure(Api.get("/favicon.ico"), 404, "not_found");
    }

    @Test
    void wrongMethodIs405AndSaysWhatIsAllowed() {
        ApiResponse response = Api.send("DELETE", "/api/token", null);

        assertFailure(response, 405, "method_not_allowed");
        assertThat(response.header("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void wrongMediaTypeIs415() {
        assertFailure(
                Api.post("/api/token", "username=a&password=b", "Content-Type", "text/plain"),
                415,
                "unsupported_media_type");
    }

    @Test
    void malformedJsonIs400() {
        assertFailure(Api.post("/api/token", "{\"username\": \"a\","), 400, "bad_request");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        ApiResponse response = Api.post("/api/token", "{\"username\": [\"a\"], \"password\": \"secret\"}");

        assertFailure(response, 400, "validation_error");
        assertThat(response.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .containsExactly("username");
    }

    @Test
    void missingFieldsAre400WithEveryFieldNamed() {
        ApiResponse response = Api.post("/api/token", "{\"username\": \"\"}");

        assertFailure(response, 400, "validation_error");
        assertThat(response.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void anEmptyBodyIs400() {
        assertFailure(Api.post("/api/token", ""), 400, "validation_error");
    }

    @Test
    void aBodyOver8MegabytesIs413WhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"username\": \"" + "a".repeat(9 * 1024 * 1024) + "\", \"password\": \"x\"}";

        assertFailure(Api.post("/api/token", big), 413, "payload_too_large");
        assertFailure(
                Api.postChunked("/api/token", () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))),
                413,
                "payload_too_large");
    }

    @Test
    void aJsonArrayWhereAnObjectBelongsIs400() {
        assertFailure(Api.post("/api/token", "[1, 2]"), 400, "bad_request");
    }

    @Test
    void askingForAnotherFormatThanJsonIs406() {
        assertFailure(Api.get("/api/v1/users/me", "Accept", "text/html"), 406, "not_acceptable");
    }

    @Test
    void protectedResourceWithoutTokenIs401WithAChallenge() {
        ApiResponse response = Api.get("/api/v1/users/me");

        assertFailure(response, 401, "not_authenticated");
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void staffOnAnAdminResourceIs403() {
        String staffToken = Tokens.access(TestDatabase.createUser("envelope-staff", "staff", true));

        assertFailure(Api.get("/api/v1/users", Api.bearer(staffToken)), 403, "permission_denied");
    }

    @Test
    void anUnexpectedErrorIs500AndLeaksNothing() {
        ApiResponse response = Api.get("/api/v1/test-support/failure");

        assertFailure(response, 500, "internal_error");
        assertThat(response.body())
                .doesNotContain("SELECT")
                .doesNotContain(FailingResource.LEAKY_MESSAGE)
                .doesNotContain("IllegalStateException")
                .doesNotContain("com.niasotac")
                .doesNotContain("\tat ");
    }
}
