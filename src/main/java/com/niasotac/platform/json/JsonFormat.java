package com.niasotac.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The API's JSON conventions in one place: snake_case names, nulls written out, decimals (money) as strings
 * with two decimals, instants as ISO 8601 UTC to the second, and strict types on input. Properties are written in
 * alphabetical order unless a record fixes its own with {@code @JsonbPropertyOrder}. JAX-RS and the servlet
 * filters share this one instance.
 */
public final class JsonFormat {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true)
            .withSerializers(new DecimalAsString(), new InstantToSeconds())
            .withDeserializers(StrictTypes.all()));

    private JsonFormat() {}

    public static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String timestamp(Instant value) {
        return DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    static final class DecimalAsString implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(money(value));
        }
    }

    static final class InstantToSeconds implements JsonbSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.write(timestamp(value));
        }
    }
}
