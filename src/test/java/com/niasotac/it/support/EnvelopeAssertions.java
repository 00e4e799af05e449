package com.niasotac.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The contract's failure envelope, checked the same way by every integration test. */
public final class EnvelopeAssertions {

    private EnvelopeAssertions() {}

    public static void assertFailure(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonObject body = response.json();
        assertThat(body.keySet()).containsExactly("success", "data", "message", "error");
        assertThat(body.getBoolean("success")).isFalse();
        assertThat(body.get("data")).isEqualTo(JsonValue.NULL);
        assertThat(body.getString("message")).isNotBlank();
        assertThat(body.getJsonObject("error").getString("code")).isEqualTo(code);
    }
}
