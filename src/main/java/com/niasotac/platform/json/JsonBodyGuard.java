package com.niasotac.platform.json;

import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Every JSON request body is checked before it is read into a record or a {@code JsonObject}: UTF-8 that
 * decodes without replacement (a broken byte is a 400, never a stored U+FFFD), JSON nested at most
 * {@link #MAX_DEPTH} deep, no key given twice, and an object where a {@code JsonObject} is expected (PATCH
 * bodies). Each failure is a 400 in the envelope; the readers that follow see only sound JSON.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    /** Far more than any request of this API nests, far less than what would exhaust a thread's stack. */
    static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(
            Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH, "org.eclipse.parsson.rejectDuplicateKeys", true));

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        boolean wantsObject = JsonObject.class.isAssignableFrom(context.getType());
        if (body.length > 0 || wantsObject) {
            check(body, wantsObject);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(byte[] body, boolean wantsObject) {
        String text = strictUtf8(body);
        if (text.isBlank()) {
            throw new ApiException(
                    ErrorCode.VALIDATION_ERROR,
                    ErrorCode.VALIDATION_ERROR.code(),
                    "A JSON request body is required.",
                    Map.of("body", List.of("is required")));
        }
        JsonValue value = null;
        boolean sound;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            sound = !parser.hasNext(); // one value and nothing after it: "{"a":1}garbage" is no body
        } catch (RuntimeException e) { // Parsson's too-deep is a bare RuntimeException, not a JsonException
            sound = false;
        }
        if (!sound) {
            throw malformed("The request body is not valid JSON (or nests deeper than " + MAX_DEPTH
                    + " levels, or repeats a key).");
        }
        if (wantsObject && value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("The request body must be a JSON object.");
        }
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("The request body is not valid UTF-8.");
        }
    }

    private static ApiException malformed(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }
}
