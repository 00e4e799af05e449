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

    /** As if the refresh token had been used a minute ago: past the grace, a second use is a theft signal. */
    public static void backdateUse(String refreshToken) {
        TestDatabase.count(
                """
                WITH u AS (UPDATE refresh_token SET used_at = now() - interval '1 minute'
                           WHERE token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex') RETURNING 1)
                SELECT count(*) FROM u""",
                refreshToken);
    }

    public static String credentials(String username, String password) {
        return Json.object("username", username, "password", password);
    }
}
