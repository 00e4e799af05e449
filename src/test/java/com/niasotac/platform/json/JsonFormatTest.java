package com.niasotac.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.ErrorBody;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.errors.MalformedBodyMapperProbe;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    public record Sample(
            String productName, BigDecimal unitPrice, Instant createdAt, boolean isActive, Integer quantity) {}

    public record Flags(Boolean isActive, Integer quantity, Long id, String name) {}

    @Test
    void writesSnakeCaseMoneyAsTwoDecimalStringsAndInstantsToTheSecond() {
        var sample = new Sample(
                "Écran Dell", new BigDecimal("450000"), Instant.parse("2026-11-23T14:30:00.123456Z"), true, null);

        String json = JsonFormat.JSONB.toJson(sample);

        assertThat(json)
                .isEqualTo(
                        "{\"created_at\":\"2026-11-23T14:30:00Z\",\"is_active\":true,\"product_name\":\"Écran Dell\","
                                + "\"quantity\":null,\"unit_price\":\"450000.00\"}");
    }

    @Test
    void moneyRoundsHalfUp() {
        assertThat(JsonFormat.money(new BigDecimal("10.005"))).isEqualTo("10.01");
        assertThat(JsonFormat.money(new BigDecimal("10.004"))).isEqualTo("10.00");
    }

    @Test
    void envelopeKeepsTheContractOrder() {
        String ok = JsonFormat.JSONB.toJson(Envelope.ok(Map.of("a", 1)));
        String failure = JsonFormat.JSONB.toJson(Envelope.failure(
                ErrorBody.of(
                        ErrorCode.VALIDATION_ERROR, Map.of("email", List.of("must be a well-formed email address"))),
                "Invalid."));

        assertThat(ok).isEqualTo("{\"success\":true,\"data\":{\"a\":1},\"message\":null,\"error\":null}");
        assertThat(failure)
                .isEqualTo(
                        "{\"success\":false,\"data\":null,\"message\":\"Invalid.\",\"error\":{\"code\":\"validation_error\","
                                + "\"fields\":{\"email\":[\"must be a well-formed email address\"]}}}");
    }

    @Test
    void readsSnakeCaseWithTheRightTypes() {
        Flags flags =
                JsonFormat.JSONB.fromJson("{\"is_active\":false,\"quantity\":3,\"id\":12,\"name\":\"x\"}", Flags.class);

        assertThat(flags).isEqualTo(new Flags(false, 3, 12L, "x"));
    }

    @Test
    void refusesValuesOfTheWrongTypeAndNamesTheField() {
        for (String body : List.of(
                "{\"is_active\":\"maybe\"}",
                "{\"is_active\":1}",
                "{\"quantity\":\"3\"}",
                "{\"quantity\":1.5}",
                "{\"id\":true}",
                "{\"name\":42}",
                "{\"name\":[\"a\"]}")) {
            String field = body.substring(2, body.indexOf('"', 2));
            assertThatThrownBy(() -> JsonFormat.JSONB.fromJson(body, Flags.class))
                    .as(body)
                    .isInstanceOf(JsonbException.class)
                    .satisfies(error -> assertThat(MalformedBodyMapperProbe.offendingField(error))
                            .contains(field));
        }
    }
}
