package com.niasotac.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B is lenient by default ({@code "maybe"} becomes {@code false}, {@code "12"} an int). A request with a
 * value of the wrong JSON type must be a 400 naming the field, so these deserializers accept only the right type.
 */
public final class StrictTypes {

    private StrictTypes() {}

    /** A value of the wrong JSON type; its message is safe to show to the client. */
    public static final class WrongType extends JsonbException {
        WrongType(String expected) {
            super(expected);
        }
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {
            new StrictBoolean(), new StrictInteger(), new StrictLong(), new StrictString()
        };
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new WrongType("expected true or false");
            };
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = wholeNumber(parser);
            return value == null ? null : value.intValueExact();
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = wholeNumber(parser);
            return value == null ? null : value.longValueExact();
        }
    }

    static final class StrictString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case STRING -> withoutNul(((JsonString) value).getString());
                case NULL -> null;
                default -> throw new WrongType("expected a string");
            };
        }
    }

    /** Money arrives as a JSON number or as the API's own string form ({@code "450000.00"}). */
    static final class StrictDecimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case NULL -> null;
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case STRING -> {
                    try {
                        yield new BigDecimal(((JsonString) value).getString().strip());
                    } catch (NumberFormatException e) {
                        throw new WrongType("expected a decimal number");
                    }
                }
                default -> throw new WrongType("expected a decimal number");
            };
        }
    }

    /** PostgreSQL stores no U+0000, and no text of this API has a use for it. */
    static String withoutNul(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new WrongType(NUL_MESSAGE);
        }
        return text;
    }

    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    private static BigDecimal wholeNumber(JsonParser parser) {
        JsonValue value = parser.getValue();
        return switch (value.getValueType()) {
            case NULL -> null;
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                if (number.stripTrailingZeros().scale() > 0) {
                    throw new WrongType("expected a whole number");
                }
                yield number;
            }
            default -> throw new WrongType("expected a number");
        };
    }
}
