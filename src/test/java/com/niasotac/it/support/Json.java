package com.niasotac.it.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;

/** Request bodies built with JSON-P, so values are escaped properly. */
public final class Json {

    private Json() {}

    /**
     * {@code keysAndValues} alternate: name, value (String, Boolean, Integer, Long, a JSON value, a collection of
     * those, or null).
     */
    public static String object(Object... keysAndValues) {
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.add((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return builder.build().toString();
    }

    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Integer n) {
            return jakarta.json.Json.createValue(n);
        } else if (value instanceof Long n) {
            return jakarta.json.Json.createValue(n);
        } else if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
            values.forEach(item -> array.add(value(item)));
            return array.build();
        }
        return jakarta.json.Json.createValue(value.toString());
    }
}
