package com.niasotac.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Signs in through the real endpoint. */
public final class Tokens {

    private Tokens() {}

    public static JsonObject obtain(TestDatabase.User user) {
        ApiResponse response = Api.post("/api/token", credentials(user.username(), user.password()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data();
    }

    public static String access(TestDatabase.User user) {
        return obtain(user).getString("access");
    }

    public static String credentials(String username, String password) {
        return Json.object("username", username, "password", password);
    }
}
