package com.niasotac.platform.api;

import com.niasotac.platform.json.JsonFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.io.StringReader;
import java.util.Set;

/**
 * PATCH as "the current state with the given fields replaced": the result is the same request record a
 * PUT takes, so both go through one validation and one update. A field given as {@code null} is set to
 * null; an absent field is unchanged; unknown fields are ignored, as in every request.
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
        JsonObjectBuilder merged = Json.createObjectBuilder(base);
        Set<String> known = base.keySet();
        patch.forEach((key, value) -> {
            if (known.contains(key)) {
                merged.add(key, value);
            }
        });
        try {
            return JsonFormat.JSONB.fromJson(merged.build().toString(), type);
        } catch (JsonbException e) {
            throw new ProcessingException(e); // mapped like any unreadable body: 400 naming the field
        }
    }
}
