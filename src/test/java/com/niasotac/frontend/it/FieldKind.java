package com.niasotac.frontend.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/** The JSON type a client expects of a field, checked on a response object. */
enum FieldKind {
    STRING,
    NULLABLE_STRING,
    NUMBER,
    NULLABLE_NUMBER,
    BOOLEAN,
    ARRAY,
    /** The contract's money: a string with two decimals. */
    MONEY,
    NULLABLE_MONEY,
    /** An absolute http(s) URL. */
    URL,
    NULLABLE_URL;

    /** Every field is present in {@code object} with its kind. */
    static void assertFields(JsonObject object, Map<String, FieldKind> fields) {
        fields.forEach((name, kind) -> {
            assertThat(object).as("field %s of %s", name, object).containsKey(name);
            kind.check(name, object.get(name));
        });
    }

    private void check(String field, JsonValue value) {
        boolean isNull = value.getValueType() == JsonValue.ValueType.NULL;
        switch (this) {
            case NULLABLE_STRING, NULLABLE_NUMBER, NULLABLE_MONEY, NULLABLE_URL -> {
                if (!isNull) {
                    FieldKind.valueOf(name().substring("NULLABLE_".length())).check(field, value);
                }
            }
            case STRING -> assertThat(value.getValueType()).as(field).isEqualTo(JsonValue.ValueType.STRING);
            case NUMBER -> assertThat(value.getValueType()).as(field).isEqualTo(JsonValue.ValueType.NUMBER);
            case BOOLEAN -> assertThat(value.getValueType())
                    .as(field)
                    .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
            case ARRAY -> assertThat(value.getValueType()).as(field).isEqualTo(JsonValue.ValueType.ARRAY);
            case MONEY -> {
                STRING.check(field, value);
                assertThat(((JsonString) value).getString()).as(field).matches("\\d+\\.\\d{2}");
            }
            case URL -> {
                STRING.check(field, value);
                assertThat(((JsonString) value).getString()).as(field).matches("https?://.+");
            }
        }
    }
}
