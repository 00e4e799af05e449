package com.niasotac.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer: status, headers, raw body, and the body as JSON on demand. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public JsonObject data() {
        return json().getJsonObject("data");
    }

    public String errorCode() {
        return json().getJsonObject("error").getString("code");
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
