package com.niasotac.auth.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Concurrently;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account change takes effect on the very next request of the node that made it, and within a second on any
 * other (simulated here by changing the database behind the application's back): access tokens do not outlive a
 * deactivation, a password change or a revoked sign-in, and the stored role is the one that counts.
 */
@ExtendWith(ArquillianExtension.class)
class RevocationIT {

    /** Far above the one second the application promises, to stay clear of a slow machine. */
    static final Duration OTHER_NODE = Duration.ofMillis(2500);

    String[] admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void signInAsAdmin() {
        admin = Api.bearer(Tokens.access(TestDatabase.createUser("revoker", "admin", true)));
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtOnce() {
        TestDatabase.User staff = TestDatabase.createUser("leaving", "staff", true);
        String[] token = Api.bearer(Tokens.access(staff));
        assertThat(Api.get("/api/v1/users/me", token).status()).isEqualTo(200);

        patch(staff.id(), Json.object("is_active", false));

        assertFailure(Api.get("/api/v1/users/me", token), 401, "not_authenticated");
        assertFailure(Api.post("/api/v1/categories", Json.object("name", "Refusée"), token), 401, "not_authenticated");
    }

    @Test
    void aDemotedAdminCannotUndoTheDemotion() {
        TestDatabase.User demoted = TestDatabase.createUser("demoted", "admin", true);
        String[] token = Api.bearer(Tokens.access(demoted));
        assertThat(Api.get("/api/v1/users", token).status()).isEqualTo(200);

        patch(demoted.id(), Json.object("role", "staff"));

        assertFailure(Api.get("/api/v1/users", token), 403, "permission_denied");
        ApiResponse selfPromotion = Api.post(
                "/api/v1/users",
                Json.object(
                        "username", "back-" + UUID.randomUUID().toString().substring(0, 8),
                        "password", "another-long-password-9",
                        "role", "admin"),
                token);
        assertFailure(selfPromotion, 403, "permission_denied");
        assertThat(Api.get("/api/v1/users/me", token).data().getString("role")).isEqualTo("staff");
    }

    @Test
    void aPasswordChangeEndsTheAccessTokensOfEverySignIn() {
        TestDatabase.User staff = TestDatabase.createUser("rekeyed", "staff", true);
        String[] phone = Api.bearer(Tokens.access(staff));
        String[] laptop = Api.bearer(Tokens.access(staff));

        patch(staff.id(), Json.object("password", "a-brand-new-password-77"));

        assertFailure(Api.get("/api/v1/users/me", phone), 401, "not_authenticated");
        assertFailure(Api.get("/api/v1/users/me", laptop), 401, "not_authenticated");
    }

    @Test
    void aChangeMadeElsewhereTakesEffectWithinASecond() {
        TestDatabase.User staff = TestDatabase.createUser("elsewhere", "staff", true);
        String[] token = Api.bearer(Tokens.access(staff));
        assertThat(Api.get("/api/v1/users/me", token).status()).isEqualTo(200); // now known to this node

        TestDatabase.count(
                "WITH u AS (UPDATE app_user SET is_active = false WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                staff.id());

        long start = System.nanoTime();
        Await.until(() -> Api.get("/api/v1/users/me", token).status() == 401, OTHER_NODE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(OTHER_NODE);
    }

    @Test
    void theAccessTokensOfASignInRevokedForReuseStopWorking() {
        TestDatabase.User staff = TestDatabase.createUser("stolen", "staff", true);
        JsonObject first = Tokens.obtain(staff);
        JsonObject second = refresh(first.getString("refresh")).data();
        String[] current = Api.bearer(second.getString("access"));
        assertThat(Api.get("/api/v1/users/me", current).status()).isEqualTo(200);
        Tokens.backdateUse(first.getString("refresh"));

        assertFailure(refresh(first.getString("refresh")), 401, "not_authenticated"); // a reuse: theft

        assertFailure(Api.get("/api/v1/users/me", current), 401, "not_authenticated");
        assertFailure(refresh(second.getString("refresh")), 401, "not_authenticated");
    }

    @Test
    void twoTabsRefreshingTheSameTokenAtOnceBothKeepTheSignIn() throws Exception {
        TestDatabase.User staff = TestDatabase.createUser("two-tabs", "staff", true);
        String refresh = Tokens.obtain(staff).getString("refresh");

        List<ApiResponse> tabs = Concurrently.run(2, 2, () -> refresh(refresh));

        assertThat(tabs)
                .allSatisfy(tab -> assertThat(tab.status()).as(tab.toString()).isEqualTo(200));
        for (ApiResponse tab : tabs) {
            assertThat(Api.get("/api/v1/users/me", Api.bearer(tab.data().getString("access")))
                            .status())
                    .isEqualTo(200);
            assertThat(refresh(tab.data().getString("refresh")).status())
                    .as("each tab goes on refreshing")
                    .isEqualTo(200);
        }
    }

    @Test
    void aReuseAfterTheGraceRevokesTheWholeSignIn() {
        TestDatabase.User staff = TestDatabase.createUser("late-reuse", "staff", true);
        JsonObject first = Tokens.obtain(staff);
        JsonObject second = refresh(first.getString("refresh")).data();
        assertThat(refresh(first.getString("refresh")).status())
                .as("within the grace: a second tab")
                .isEqualTo(200);
        Tokens.backdateUse(first.getString("refresh"));

        assertFailure(refresh(first.getString("refresh")), 401, "not_authenticated");
        assertFailure(refresh(second.getString("refresh")), 401, "not_authenticated");
        assertFailure(Api.get("/api/v1/users/me", Api.bearer(second.getString("access"))), 401, "not_authenticated");
    }

    @Test
    void signingOutEndsThatSignInOnlyAndSaysNothingOfUnknownTokens() {
        TestDatabase.User staff = TestDatabase.createUser("signing-out", "staff", true);
        JsonObject phone = Tokens.obtain(staff);
        JsonObject desktop = Tokens.obtain(staff);
        JsonObject renewed = refresh(phone.getString("refresh")).data();

        ApiResponse signedOut = Api.post("/api/token/revoke", Json.object("refresh", phone.getString("refresh")));

        assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(200);
        assertFailure(refresh(renewed.getString("refresh")), 401, "not_authenticated");
        assertFailure(Api.get("/api/v1/users/me", Api.bearer(renewed.getString("access"))), 401, "not_authenticated");
        assertThat(Api.get("/api/v1/users/me", Api.bearer(desktop.getString("access")))
                        .status())
                .as("another sign-in of the same account goes on")
                .isEqualTo(200);
        assertThat(refresh(desktop.getString("refresh")).status()).isEqualTo(200);
        assertThat(Api.post("/api/token/revoke", Json.object("refresh", "not-a-token"))
                        .status())
                .isEqualTo(200);
        assertFailure(Api.post("/api/token/revoke", "{}"), 400, "validation_error");
    }

    void patch(long userId, String body) {
        ApiResponse changed = Api.patch("/api/v1/users/" + userId, body, admin);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    static ApiResponse refresh(String token) {
        return Api.post("/api/token/refresh", Json.object("refresh", token));
    }
}
