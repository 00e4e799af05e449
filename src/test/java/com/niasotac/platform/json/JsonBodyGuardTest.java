package com.niasotac.platform.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.platform.api.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1}garbage",
                "{\"a\":1} {\"b\":2}",
                "{\"a\":1,\"a\":2}",
                "{\"name\":\"x\",",
                "NaN",
                "{'a':1}",
                "",
                "   "
            })
    void aBodyThatIsNotOneSoundJsonDocumentIsRefused(String body) {
        assertThatThrownBy(() -> JsonBodyGuard.check(body.getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(ApiException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "{\"a\":[1,2,{\"b\":null}]}  \n", "[1,2]", "\"text\"", "12"})
    void oneSoundDocumentPasses(String body) {
        assertThatCode(() -> JsonBodyGuard.check(body.getBytes(StandardCharsets.UTF_8), false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2,3]", "null", "7", "\"x\""})
    void aPatchBodyMustBeAnObject(String body) {
        assertThatThrownBy(() -> JsonBodyGuard.check(body.getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(ApiException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {JsonBodyGuard.MAX_DEPTH + 1, 20_000})
    void nestingPastTheLimitIsRefusedWithoutExhaustingTheStack(int depth) {
        String body = "[".repeat(depth) + "]".repeat(depth);
        assertThatThrownBy(() -> JsonBodyGuard.check(body.getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(ApiException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00e9", "\u00ff\u00fe"})
    void bytesThatAreNotUtf8AreRefused(String latin1) {
        byte[] body = ("{\"name\":\"" + latin1 + "\"}").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonBodyGuard.check(body, false)).isInstanceOf(ApiException.class);
    }
}
