package com.niasotac.platform.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON-B's text of a value with one of its properties written by the caller instead, for parts whose JSON is
 * prepared once and written many times. JSON-B writes the value with a placeholder in that property (an empty
 * list, a null); the first {@code "property":placeholder} of its text is that property's, provided nothing
 * written before it is an object holding the same property: a string cannot hold it, as JSON-B escapes quotes.
 */
public final class JsonSplice {

    /** Writes a property's value, in UTF-8. */
    @FunctionalInterface
    public interface ValueWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private JsonSplice() {}

    public static void write(OutputStream out, Object around, String property, String placeholder, ValueWriter value)
            throws IOException {
        String json = JsonFormat.JSONB.toJson(around);
        String marker = "\"" + property + "\":" + placeholder;
        int at = json.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(
                    "No " + marker + " in " + around.getClass().getName() + "'s JSON");
        }
        int valueStart = at + marker.length() - placeholder.length();
        out.write(json.substring(0, valueStart).getBytes(StandardCharsets.UTF_8));
        value.writeTo(out);
        out.write(json.substring(valueStart + placeholder.length()).getBytes(StandardCharsets.UTF_8));
    }
}
