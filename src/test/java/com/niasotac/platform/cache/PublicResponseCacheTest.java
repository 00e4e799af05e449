package com.niasotac.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.platform.config.EnvironmentSource;
import com.niasotac.platform.config.SettingsValidator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicResponseCacheTest {

    static final String URL = "http://localhost/api/v1/products";

    PublicResponseCache cache;

    @BeforeEach
    void create() {
        cache = new PublicResponseCache();
        cache.settings = SettingsValidator.validate(new EnvironmentSource(Map.of(
                        "APP_ENV", "test",
                        "SECRET_KEY", "unit-tests-only-signing-key-0123456789abcdef",
                        "DATABASE_URL", "postgres://u:p@127.0.0.1:5432/db")))
                .orThrow();
        cache.create();
    }

    @Test
    void aBodyReadBeforeAChangeIsNotKeptAfterIt() {
        long readIn = cache.generation();
        cache.clear(); // a change commits while the request is still reading

        cache.put(URL, body("stale"), readIn);

        assertThat(cache.get(URL)).isEmpty();
    }

    @Test
    void aBodyReadSinceTheLastChangeIsServed() {
        cache.clear();
        long readIn = cache.generation();

        cache.put(URL, body("fresh"), readIn);

        assertThat(cache.get(URL))
                .hasValueSatisfying(answer -> assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                        .isEqualTo("fresh"));
        cache.clear();
        assertThat(cache.get(URL)).isEmpty();
    }

    static CachedAnswer body(String text) {
        return new CachedAnswer(text.getBytes(StandardCharsets.UTF_8), "/api/v1/products");
    }
}
