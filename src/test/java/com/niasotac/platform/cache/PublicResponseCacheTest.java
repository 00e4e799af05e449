package com.niasotac.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.niasotac.platform.config.EnvironmentSource;
import com.niasotac.platform.config.SettingsValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicResponseCacheTest {

    static final String URL = "http://localhost/api/v1/products";

    static final int TTL_SECONDS = 5;

    PublicResponseCache cache;
    final FakeTicker ticker = new FakeTicker();

    @BeforeEach
    void create() {
        cache = new PublicResponseCache();
        cache.settings = SettingsValidator.validate(new EnvironmentSource(Map.of(
                        "APP_ENV", "test",
                        "SECRET_KEY", "unit-tests-only-signing-key-0123456789abcdef",
                        "DATABASE_URL", "postgres://u:p@127.0.0.1:5432/db",
                        "PUBLIC_CACHE_SECONDS", Integer.toString(TTL_SECONDS))))
                .orThrow();
        cache.ticker = ticker;
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

    @Test
    void oneCallerRefreshesAnAnswerDueForItWhileTheOthersAreStillServedIt() {
        cache.put(URL, body("kept"), cache.generation());

        ticker.advance(Duration.ofSeconds(TTL_SECONDS - 1).minusMillis(1));
        assertThat(cache.get(URL)).as("not due yet").isPresent();

        ticker.advance(Duration.ofMillis(1));
        assertThat(cache.get(URL)).as("the refresher reads afresh").isEmpty();
        assertThat(cache.get(URL)).as("the others still get the kept answer").isPresent();
        assertThat(cache.get(URL)).isPresent();

        cache.put(URL, body("refreshed"), cache.generation());
        ticker.advance(Duration.ofSeconds(TTL_SECONDS - 2));
        assertThat(cache.get(URL))
                .hasValueSatisfying(answer -> assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                        .isEqualTo("refreshed"));
    }

    @Test
    void anAnswerNobodyRefreshedExpiresAfterTheTtl() {
        cache.put(URL, body("kept"), cache.generation());
        ticker.advance(Duration.ofSeconds(TTL_SECONDS - 1));
        assertThat(cache.get(URL)).as("the refresher, who never puts").isEmpty();
        assertThat(cache.get(URL)).isPresent();

        ticker.advance(Duration.ofSeconds(1));

        assertThat(cache.get(URL)).isEmpty();
        assertThat(cache.get(URL)).isEmpty();
    }

    static CachedAnswer body(String text) {
        return new CachedAnswer(text.getBytes(StandardCharsets.UTF_8), "application/json", "/api/v1/products");
    }

    /** A clock the test moves. */
    static final class FakeTicker implements Ticker {
        private long nanos = 1_000_000_000L;

        @Override
        public long read() {
            return nanos;
        }

        void advance(Duration by) {
            nanos += by.toNanos();
        }
    }
}
