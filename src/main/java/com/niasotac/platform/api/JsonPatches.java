package com.niasotac.platform.api;

import com.niasotac.platform.json.JsonFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.io.StringReader;

/**
 * PATCH as an RFC 7386 merge patch (the server's {@code Json.createMergePatch}) applied to the current state:
 * the result is the same request record a PUT takes, so both go through one validation and one update. A field
 * given as {@code null} is set to null; an absent field is unchanged; unknown fields are ignored, as in every
 * request (they are dropped before the merge, so they cannot reach the record).
 */
public final class JsonPatches {

    private JsonPatches() {}

    public static <T> T merge(T current, JsonObject patch, Class<T> type) {
        if (patch == null) {
            throw ApiException.invalidField("body", "is required");
        }
        JsonObject base;
        try (JsonReader reader = Json.createReader(new StringReader(JsonFormat.JSONB.toJson(current)))) {
            base = reader.readObject();
        }
        JsonObjectBuilder known = Json.createObjectBuilder();
        patch.forEach((key, value) -> {
            if (base.containsKey(key)) {
                known.add(key, value);
            }
        });
        JsonValue merged = Json.createMergePatch(known.build()).apply(base);
        try {
            return JsonFormat.JSONB.fromJson(merged.toString(), type);
        } catch (JsonbException e) {
            throw new ProcessingException(e); // mapped like any unreadable body: 400 naming the field
        }
    }
}
