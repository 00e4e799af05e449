package com.niasotac.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void onlyTheFieldsThatDifferAreRecordedWithTheirOldAndNewValues() {
        JsonObject changes = AuditTrail.changes(
                json("{\"name\":\"A\",\"price\":1000,\"tags\":[\"x\"],\"gone\":true}"),
                json("{\"name\":\"A\",\"price\":1200,\"tags\":[\"x\",\"y\"],\"added\":\"z\"}"));

        assertThat(changes)
                .isEqualTo(
                        json(
                                """
                {"added":{"old":null,"new":"z"},"gone":{"old":true,"new":null},
                 "price":{"old":1000,"new":1200},"tags":{"old":["x"],"new":["x","y"]}}"""));
    }

    @Test
    void secretsAreMaskedOnBothSidesAndAnAbsentOneStaysNull() {
        JsonObject changes = AuditTrail.changes(
                json("{\"password\":\"old-one\",\"api_token\":null,\"password_hash\":\"$argon2id$x\"}"),
                json("{\"password\":\"new-one\",\"api_token\":\"t0k3n\",\"password_hash\":\"$argon2id$y\"}"));

        assertThat(changes.getJsonObject("password")).isEqualTo(json("{\"old\":\"***\",\"new\":\"***\"}"));
        assertThat(changes.getJsonObject("api_token").get("old")).isEqualTo(JsonValue.NULL);
        assertThat(changes.getJsonObject("api_token").getString("new")).isEqualTo("***");
        assertThat(changes.toString()).doesNotContain("old-one", "new-one", "t0k3n", "argon2id");
    }

    @Test
    void nothingChangedIsAnEmptyRecord() {
        JsonObject same = json("{\"name\":\"A\",\"stock\":3}");

        assertThat(AuditTrail.changes(same, same)).isEmpty();
    }
}
