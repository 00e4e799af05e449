package com.niasotac.it.support;

import jakarta.json.JsonObjectBuilder;

/** Request bodies built with JSON-P, so values are escaped properly. */
public final class Json {

    private Json() {}

    /** {@code keysAndValues} alternate: name, value (String, Boolean, Integer, Long or null). */
    public static String object(Object... keysAndValues) {
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Boolean b) {
                builder.add(key, b);
            } else if (value instanceof Integer n) {
                builder.add(key, n);
            } else if (value instanceof Long n) {
                builder.add(key, n);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }
}
