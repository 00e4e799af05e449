package com.niasotac.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** Several records written as one JSON object, e.g. a public detail plus the fields only staff may see. */
public final class JsonObjects {

    private JsonObjects() {}

    public static JsonObject merged(Object... parts) {
        JsonObjectBuilder merged = Json.createObjectBuilder();
        for (Object part : parts) {
            try (JsonReader reader = Json.createReader(new StringReader(JsonFormat.JSONB.toJson(part)))) {
                reader.readObject().forEach(merged::add);
            }
        }
        return merged.build();
    }
}
