package com.niasotac.auth.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.auth.service.AccessTokens;
import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/token and /api/token/refresh over HTTP against the real database. */
@ExtendWith(ArquillianExtension.class)
class TokenFlowIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    static String refreshBody(String refresh) {
        return Json.object("refresh", refresh);
    }

    @Test
    void credentialsGiveAPairThatIdentifiesTheUser() {
        TestDatabase.User staff = TestDatabase.createUser("flow", "staff", true);

        JsonObject pair = Tokens.obtain(staff);

        assertThat(pair.keySet()).containsExactly("access", "refresh", "expires_in");
        assertThat(pair.getInt("expires_in")).isEqualTo(Integer.parseInt(System.getenv("ACCESS_TOKEN_LIFETIME")));
        ApiResponse me = Api.get("/api/v1/users/me/", Api.bearer(pair.getString("access")));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.data().getString("username")).isEqualTo(staff.username());
        assertThat(me.data().getString("role")).isEqualTo("staff");
        assertThat(me.body()).doesNotContain("password");
    }

    @Test
    void usernamesAreCaseInsensitive() {
        TestDatabase.User staff = TestDatabase.createUser("Mixed", "staff", true);

        assertThat(Api.post("/api/token", Tokens.credentials(staff.username().toUpperCase(), staff.password()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordUnknownUserAndInactiveUserGetTheSame401() {
        TestDatabase.User staff = TestDatabase.createUser("flow", "staff", true);
        TestDatabase.User inactive = TestDatabase.createUser("flow-off", "staff", false);

        ApiResponse wrongPassword = Api.post("/api/token", Tokens.credentials(staff.username(), "not-the-password"));
        ApiResponse unknownUser = Api.post("/api/token", Tokens.credentials("nobody-at-all", "not-the-password"));
        ApiResponse inactiveUser = Api.post("/api/token", Tokens.credentials(inactive.username(), inactive.password()));

        for (ApiResponse response : List.of(wrongPassword, unknownUser, inactiveUser)) {
            assertFailure(response, 401, "not_authenticated");
        }
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body()).isEqualTo(inactiveUser.body());
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenRevokesTheWholeSignIn() {
        JsonObject first = Tokens.obtain(TestDatabase.createUser("rotate", "staff", true));

        ApiResponse rotated = Api.post("/api/token/refresh", refreshBody(first.getString("refresh")));
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        JsonObject second = rotated.data();
        assertThat(second.getString("refresh")).isNotEqualTo(first.getString("refresh"));
        assertThat(Api.get("/api/v1/users/me", Api.bearer(second.getString("access")))
                        .status())
                .isEqualTo(200);

        Tokens.backdateUse(first.getString("refresh")); // a reuse past the two-tab grace
        assertFailure(
                Api.post("/api/token/refresh", refreshBody(first.getString("refresh"))), 401, "not_authenticated");
        // The reuse above is a theft signal: the legitimate successor is revoked too.
        assertFailure(
                Api.post("/api/token/refresh", refreshBody(second.getString("refresh"))), 401, "not_authenticated");
    }

    @Test
    void refreshTokensAreStoredHashedOnly() {
        JsonObject pair = Tokens.obtain(TestDatabase.createUser("hashed", "staff", true));

        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM refresh_token WHERE token_hash = ?", pair.getString("refresh")))
                .isZero();
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        assertFailure(Api.post("/api/token/refresh", refreshBody("made-up-token")), 401, "not_authenticated");
    }

    @Test
    void concurrentUsesOfOneRefreshTokenAreClaimedOnceAndTheOthersAreTabsOfTheSameSignIn() throws Exception {
        String refresh =
                Tokens.obtain(TestDatabase.createUser("race", "staff", true)).getString("refresh");
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                calls.add(() ->
                        Api.post("/api/token/refresh", refreshBody(refresh)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            // One claims the token; the others, within the grace, are other tabs of the sign-in: none ends it.
            assertThat(statuses).containsOnly(200);
            assertThat(TestDatabase.count(
                            "SELECT count(*) FROM refresh_token WHERE family_id = (SELECT family_id FROM refresh_token"
                                    + " WHERE token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex'))"
                                    + " AND used_at IS NOT NULL AND revoked_at IS NULL",
                            refresh))
                    .as("the token was used once")
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredTamperedUnsignedAndForeignTokensAre401() throws Exception {
        TestDatabase.User staff = TestDatabase.createUser("bad-token", "staff", true);
        String secret = System.getenv("SECRET_KEY");
        String expired = new AccessTokens(
                        secret, Duration.ofMinutes(5), Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)))
                .issue(staff.id(), staff.username(), Set.of("staff"), java.util.UUID.randomUUID());
        String foreign = new AccessTokens("another-service-" + secret, Duration.ofMinutes(5), Clock.systemUTC())
                .issue(staff.id(), staff.username(), Set.of("admin", "staff"), java.util.UUID.randomUUID());
        String[] parts = Tokens.access(staff).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"staff\"", "\"admin\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder()
                        .issuer("niasotac-api")
                        .subject(Long.toString(staff.id()))
                        .claim("username", staff.username())
                        .claim("roles", List.of("admin", "staff"))
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                        .build())
                .serialize();

        for (String token : List.of(expired, foreign, tampered, unsigned, "garbage")) {
            assertFailure(Api.get("/api/v1/users/me", Api.bearer(token)), 401, "not_authenticated");
        }
        assertFailure(Api.get("/api/v1/users/me", "Authorization", "Basic dXNlcjpwYXNz"), 401, "not_authenticated");
    }
}
