package com.niasotac.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.platform.json.JsonFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreparedJsonWriterTest {

    /** Data whose text holds what the writer looks for, in strings and in a nested object. */
    public record Shown(
            String name, Map<String, Object> nested, List<String> notes, BigDecimal price, Instant at, String none) {}

    private static final Shown SHOWN = new Shown(
            "Écran \"data\":null 27\" « AZERTY » \\ 😀",
            Map.of("data", "null", "inner", List.of()),
            List.of("\"data\":null", "line\nbreak"),
            new BigDecimal("450000.5"),
            Instant.parse("2026-11-30T10:15:30.123Z"),
            null);

    private final PreparedJsonWriter writer = new PreparedJsonWriter();

    @Test
    void writesTheEnvelopeExactlyAsJsonBWritesItAroundTheDataItWasPreparedFrom() throws IOException {
        assertThat(written(Envelope.ok(PreparedJson.of(SHOWN)))).isEqualTo(JsonFormat.JSONB.toJson(Envelope.ok(SHOWN)));
        assertThat(written(Envelope.ok(PreparedJson.of(SHOWN), "\"data\":null in a message")))
                .isEqualTo(JsonFormat.JSONB.toJson(Envelope.ok(SHOWN, "\"data\":null in a message")));
    }

    @Test
    void writesNoDataAsNull() throws IOException {
        Envelope<PreparedJson> empty = Envelope.ok(null, "Nothing.");

        assertThat(written(empty)).isEqualTo(JsonFormat.JSONB.toJson(Envelope.ok(null, "Nothing.")));
    }

    @Test
    void takesOnlyEnvelopesDeclaredToHoldPreparedJson() throws NoSuchMethodException {
        assertThat(writes("prepared")).isTrue();
        assertThat(writes("plain")).isFalse();
        assertThat(writes("strings")).isFalse();
    }

    // Return types for takesOnlyEnvelopesDeclaredToHoldPreparedJson.
    Envelope<PreparedJson> prepared() {
        return null;
    }

    Envelope<Object> plain() {
        return null;
    }

    Envelope<String> strings() {
        return null;
    }

    private boolean writes(String method) throws NoSuchMethodException {
        return EnvelopeWriters.takesWhat(writer, PreparedJsonWriterTest.class, method);
    }

    private String written(Envelope<PreparedJson> envelope) throws IOException {
        return EnvelopeWriters.written(writer, envelope);
    }
}
