package com.niasotac.auth.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admin user management, and the shared paging and ordering rules it uses. */
@ExtendWith(ArquillianExtension.class)
class UsersIT {

    String[] admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void signInAsAdmin() {
        admin = Api.bearer(Tokens.access(TestDatabase.createUser("admin", "admin", true)));
    }

    static String newUser(String username, String password, String role) {
        return Json.object("username", username, "password", password, "role", role);
    }

    @Test
    void anAdminCreatesStaffWhoCanSignIn() {
        String username = "awa-" + UUID.randomUUID().toString().substring(0, 8);

        ApiResponse created = Api.post("/api/v1/users/", newUser(username, "a-long-enough-password", "staff"), admin);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith(Api.BASE_URL + "/api/v1/users/"));
        JsonObject user = created.data();
        assertThat(user.getString("username")).isEqualTo(username);
        assertThat(user.getString("role")).isEqualTo("staff");
        assertThat(user.getBoolean("is_active")).isTrue();
        assertThat(user.getString("created_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(created.body()).doesNotContain("password");
        assertThat(Api.post("/api/token", Tokens.credentials(username, "a-long-enough-password"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDuplicateUsernameIs409WhateverItsCase() {
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.post("/api/v1/users", newUser(username, "a-long-enough-password", "staff"), admin)
                        .status())
                .isEqualTo(201);

        assertFailure(
                Api.post("/api/v1/users", newUser(username.toUpperCase(), "a-long-enough-password", "staff"), admin),
                409,
                "conflict");
    }

    @Test
    void invalidUsersAre400WithEveryFieldAndNothingIsCreated() {
        long before = TestDatabase.count("SELECT count(*) FROM app_user");

        ApiResponse response = Api.post("/api/v1/users", newUser("no spaces allowed", "short", "owner"), admin);

        assertFailure(response, 400, "validation_error");
        assertThat(response.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .containsExactlyInAnyOrder("username", "password", "role");
        assertThat(TestDatabase.count("SELECT count(*) FROM app_user")).isEqualTo(before);
    }

    @Test
    void listsArePaginatedWithAbsoluteLinks() {
        TestDatabase.createUser("page", "staff", true);
        TestDatabase.createUser("page", "staff", true);

        ApiResponse first = Api.get("/api/v1/users?page_size=1&ordering=-created_at", admin);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonObject page = first.data();
        assertThat(page.keySet()).containsExactly("count", "next", "previous", "results");
        assertThat(page.getInt("count")).isGreaterThanOrEqualTo(3);
        assertThat(page.getJsonArray("results")).hasSize(1);
        assertThat(page.isNull("previous")).isTrue();
        assertThat(page.getString("next"))
                .startsWith(Api.BASE_URL + "/api/v1/users?")
                .contains("page=2")
                .contains("page_size=1");

        ApiResponse second = Api.get(page.getString("next").substring(Api.BASE_URL.length()), admin);
        assertThat(second.data().getString("previous")).contains("page=1");
    }

    @Test
    void pageSizeIsCappedAt100() {
        ApiResponse response = Api.get("/api/v1/users?page_size=1000", admin);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data().getJsonArray("results").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void badPagingAndOrderingAre400AndAPagePastTheEndIs404() {
        assertFailure(Api.get("/api/v1/users?page=abc", admin), 400, "validation_error");
        assertFailure(Api.get("/api/v1/users?page=0", admin), 400, "validation_error");
        assertFailure(Api.get("/api/v1/users?page_size=-5", admin), 400, "validation_error");
        ApiResponse ordering = Api.get("/api/v1/users?ordering=password_hash", admin);
        assertFailure(ordering, 400, "validation_error");
        assertThat(ordering.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .containsExactly("ordering");
        assertFailure(Api.get("/api/v1/users?page=100000", admin), 404, "not_found");
    }

    @Test
    void searchFindsByUsername() {
        TestDatabase.User target = TestDatabase.createUser("findme", "staff", true);

        ApiResponse response =
                Api.get("/api/v1/users?search=" + target.username().substring(7).toUpperCase(), admin);

        assertThat(response.data().getInt("count")).isEqualTo(1);
        assertThat(response.data().getJsonArray("results").getJsonObject(0).getString("username"))
                .isEqualTo(target.username());
    }

    @Test
    void deactivatingAUserEndsTheirSessions() {
        TestDatabase.User staff = TestDatabase.createUser("leaver", "staff", true);
        String refresh = Tokens.obtain(staff).getString("refresh");

        ApiResponse update = Api.patch("/api/v1/users/" + staff.id(), Json.object("is_active", false), admin);

        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.data().getBoolean("is_active")).isFalse();
        assertFailure(Api.post("/api/token/refresh", Json.object("refresh", refresh)), 401, "not_authenticated");
        assertFailure(
                Api.post("/api/token", Tokens.credentials(staff.username(), staff.password())),
                401,
                "not_authenticated");
    }

    @Test
    void aWrongTypeInAPatchIs400AndChangesNothing() {
        TestDatabase.User staff = TestDatabase.createUser("typed", "staff", true);

        assertFailure(
                Api.patch("/api/v1/users/" + staff.id(), "{\"is_active\": \"no\"}", admin), 400, "validation_error");
        assertThat(Api.post("/api/token", Tokens.credentials(staff.username(), staff.password()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownUsersAre404() {
        assertFailure(Api.get("/api/v1/users/999999999", admin), 404, "not_found");
        assertFailure(Api.get("/api/v1/users/not-a-number", admin), 404, "not_found");
    }
}
