package com.niasotac.platform.ratelimit.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.Metrics;
import com.niasotac.it.support.RedisServer;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rate limiter over HTTP with its counters in the tests' real Redis. Each test plays its clients with
 * {@code X-Forwarded-For} (the tests' address is a trusted proxy), so their buckets are their own.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(Map.of(
                "RATE_LIMIT_TOKEN_OBTAIN", "3/60",
                "RATE_LIMIT_TOKEN_OBTAIN_USERNAME", "2/60",
                "RATE_LIMIT_NEWSLETTER_SUBSCRIBE", "3/60",
                "RATE_LIMIT_NEWSLETTER_SUBSCRIBE_ADDRESS", "1/3600",
                "RATE_LIMIT_WHATSAPP_CLICK", "2/60",
                "RATE_LIMIT_PRODUCT_VIEW", "1/60",
                "RATE_LIMIT_PROMOTION_CODE", "2/60"));
    }

    @Test
    void signInIsLimitedPerClientAndPerUsername() {
        String client = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertFailure(signIn("nobody-" + i + "-" + client, client), 401, "not_authenticated");
        }
        ApiResponse refused = signIn("nobody-4-" + client, client);
        assertFailure(refused, 429, "rate_limited");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);

        // One account tried from many addresses: the third attempt is refused whatever the address,
        // even with the right password.
        String username = TestDatabase.createUser("limited", "staff", true).username();
        assertFailure(signIn(username, randomAddress()), 401, "not_authenticated");
        assertFailure(signIn(username, randomAddress()), 401, "not_authenticated");
        ApiResponse right = Api.post(
                "/api/token",
                Json.object("username", username, "password", TestDatabase.PASSWORD),
                "X-Forwarded-For",
                randomAddress());
        assertFailure(right, 429, "rate_limited");

        assertThat(RedisServer.keys("niasotac:rate:token_obtain*")).isNotEmpty();
    }

    @Test
    void newsletterSubscriptionsAreLimitedPerClientAndPerAddress() {
        String client = randomAddress();
        String email = "limited." + System.nanoTime() + "@example.bj";
        assertThat(subscribe(email, client).status()).isEqualTo(202);
        assertFailure(subscribe(email.toUpperCase(), randomAddress()), 429, "rate_limited");

        assertThat(subscribe("a" + email, client).status()).isEqualTo(202);
        assertThat(subscribe("b" + email, client).status()).isEqualTo(202);
        assertFailure(subscribe("c" + email, client), 429, "rate_limited");
        assertThat(TestDatabase.count("SELECT count(*) FROM newsletter_subscriber WHERE email = ?", "c" + email))
                .as("a refused request changes nothing")
                .isZero();
    }

    @Test
    void clicksAreCountedOnlyWhileUnderTheLimitAndEachClientHasItsOwn() {
        TestCatalog.Category category = TestCatalog.category("Limites");
        TestCatalog.products(category, 1);
        String slug = category.slug() + "-1";
        String client = randomAddress();

        assertThat(click(slug, client).status()).isEqualTo(200);
        assertThat(click(slug, client).status()).isEqualTo(200);
        assertFailure(click(slug, client), 429, "rate_limited");
        assertThat(click(slug, randomAddress()).status()).isEqualTo(200);

        assertThat(TestDatabase.count("SELECT whatsapp_click_count FROM product WHERE slug = ?", slug))
                .isEqualTo(3);
        assertThat(Metrics.value(Metrics.scrape(), "niasotac_rate_limit_rejections_total", "limit=\"whatsapp_click\""))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReloadedProductPageIsNotANewViewButAnotherProductOrClientIs() {
        TestCatalog.Category category = TestCatalog.category("Vues limitées");
        TestCatalog.products(category, 2);
        String first = category.slug() + "-1";
        String second = category.slug() + "-2";
        String client = randomAddress();

        assertThat(view(first, client).data().getInt("view_count")).isEqualTo(1);
        assertFailure(view(first, client), 429, "rate_limited");
        assertThat(view(second, client).status()).isEqualTo(200);
        assertThat(view(first, randomAddress()).data().getInt("view_count")).isEqualTo(2);

        Await.until(
                () -> TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", first) == 2,
                Duration.ofSeconds(10));
        assertThat(TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", second))
                .isEqualTo(1);
    }

    @Test
    void aForwardedForChainIsReadFromTheRightSoAClientCannotPickItsAddress() {
        String client = randomAddress();
        for (int i = 0; i < 2; i++) {
            // What a client writes in the header comes first; the proxy appends the address it saw.
            assertFailure(validateCode(randomAddress() + ", " + client), 404, "not_found");
        }
        assertFailure(validateCode(randomAddress() + ", " + client), 429, "rate_limited");
    }

    @Test
    void withRedisDownRequestsGoThroughReadinessSaysDownAndLimitsReturnWithRedis() throws Exception {
        String client = randomAddress();
        RedisServer.stop();
        try {
            for (int i = 0; i < 4; i++) {
                assertFailure(validateCode(client), 404, "not_found");
            }
            ApiResponse ready = Api.get("/healthz/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).contains("\"redis\"").contains("DOWN");
            assertThat(Api.get("/healthz/live").status()).isEqualTo(200);
        } finally {
            RedisServer.start();
        }
        Await.until(() -> Api.get("/healthz/ready").status() == 200, Duration.ofSeconds(20));
        String after = randomAddress();
        assertFailure(validateCode(after), 404, "not_found");
        assertFailure(validateCode(after), 404, "not_found");
        assertFailure(validateCode(after), 429, "rate_limited");
    }

    static ApiResponse signIn(String username, String client) {
        return Api.post(
                "/api/token",
                Json.object("username", username, "password", "wrong-password"),
                "X-Forwarded-For",
                client);
    }

    static ApiResponse subscribe(String email, String client) {
        return Api.post("/api/v1/newsletter/subscribers", Json.object("email", email), "X-Forwarded-For", client);
    }

    static ApiResponse click(String slug, String client) {
        return Api.post("/api/v1/products/" + slug + "/track_whatsapp_click", "", "X-Forwarded-For", client);
    }

    static ApiResponse view(String slug, String client) {
        return Api.post("/api/v1/products/" + slug + "/track_view/", "", "X-Forwarded-For", client);
    }

    static ApiResponse validateCode(String forwardedFor) {
        return Api.post(
                "/api/v1/promotions/validate_code",
                Json.object("code", "NO-SUCH-CODE"),
                "X-Forwarded-For",
                forwardedFor);
    }

    /** A documentation address (RFC 5737) no other test uses. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
