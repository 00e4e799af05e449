package com.niasotac.testdata;

import com.niasotac.platform.json.JsonFormat;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;

/**
 * A request body a test sends, written by the application's own JSON-B ({@link JsonFormat}: snake_case names,
 * instants to the second). Each body class is annotated {@code @JsonbNillable(false)}, so what the test did not
 * set is left out rather than sent as null, and {@code @JsonbVisibility(RequestBody.Fields.class)}, so its
 * fields are the JSON and its fluent methods are not.
 */
public interface RequestBody {

    default String json() {
        return JsonFormat.JSONB.toJson(this);
    }

    /** The instance fields are the properties; the fluent setters and readers are not. */
    final class Fields implements PropertyVisibilityStrategy {
        @Override
        public boolean isVisible(Field field) {
            return !Modifier.isStatic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    }

    /**
     * A decimal written as a JSON number ({@code 10001.50}), where a test sends one: {@link JsonFormat} writes
     * decimals as the API's money strings.
     */
    final class AsNumber implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(value);
        }
    }
}
