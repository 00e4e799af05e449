package com.niasotac.platform.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Concurrently;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.RawHttp;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.CategoryBody;
import com.niasotac.testdata.ProductBody;
import com.niasotac.testdata.PromotionBody;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects a hostile review found (issue "Hardening"), one test each; every one of them failed on the code
 * before its fix. The generated walk over every operation is {@code HostileInputIT}.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    String[] staff;
    String tag;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("hardening", "staff", true)));
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    // 1. U+0000 anywhere a request carries text: 404 in a path, 400 naming the field elsewhere; nothing written.
    @Test
    void aNulByteIsRefusedWhereverItArrivesAndWritesNothing() {
        long products = TestDatabase.count("SELECT count(*) FROM product");
        long images = TestDatabase.count("SELECT count(*) FROM product_image");
        JsonObject category = category("Nul " + tag);
        JsonObject product = product(category, "Produit " + tag);

        assertFailure(Api.get("/api/v1/products/a%00b"), 404, "not_found");
        assertFailure(Api.get("/api/v1/categories/%00"), 404, "not_found");
        for (String parameter : new String[] {"search", "brand", "category_slug", "ordering"}) {
            ApiResponse refused = Api.get("/api/v1/products?" + parameter + "=a%00b");
            assertFailure(refused, 400, "validation_error");
            assertThat(fields(refused)).containsExactly(parameter);
        }
        ApiResponse named = Api.post("/api/v1/products", ProductBody.of(id(category), "a\u0000b", "10"), staff);
        assertFailure(named, 400, "validation_error");
        assertThat(fields(named)).containsExactly("name");
        assertFailure(
                Api.post("/api/v1/promotions/validate_code", "{\"code\":\"PROMO\\u0000\"}"), 400, "validation_error");
        ApiResponse patched =
                Api.patch("/api/v1/products/" + product.getString("slug"), "{\"brand\":\"H\\u0000P\"}", staff);
        assertThat(fields(patched)).containsExactly("brand");
        ApiResponse upload = MultipartUpload.send(
                "POST",
                "/api/v1/products/" + product.getString("slug") + "/images",
                staff[1],
                "a.png",
                "image/png",
                TestImages.png(400, 400),
                Map.of("alt_text", "vue\u0000de face"));
        assertFailure(upload, 400, "validation_error");
        assertThat(fields(upload)).containsExactly("alt_text");

        assertThat(TestDatabase.count("SELECT count(*) FROM product")).isEqualTo(products + 1);
        assertThat(TestDatabase.count("SELECT count(*) FROM product_image")).isEqualTo(images);
        assertThat(Api.get("/api/v1/products/" + product.getString("slug"), staff)
                        .data()
                        .isNull("brand"))
                .isTrue();
    }

    // 2. A broken body on PATCH is a 400 on every resource that takes one, as on PUT and POST.
    @Test
    void aMalformedPatchBodyIs400OnEveryResource() {
        JsonObject category = category("Patch " + tag);
        JsonObject product = product(category, "Patché " + tag);
        String service = Api.post("/api/v1/services", Json.object("title", "Service " + tag), staff)
                .data()
                .getString("slug");
        String link = Api.post(
                        "/api/v1/social-links",
                        Json.object("name", "Facebook", "url", "https://facebook.com/" + tag),
                        staff)
                .data()
                .getJsonNumber("id")
                .toString();
        String template = Api.post(
                        "/api/v1/newsletter/templates",
                        Json.object("name", "Gabarit " + tag, "subject", "Sujet", "plain_content", "Texte"),
                        staff)
                .data()
                .getString("slug");
        String campaign = Api.post(
                        "/api/v1/newsletter/campaigns",
                        Json.object("name", "Campagne " + tag, "template", template),
                        staff)
                .data()
                .getJsonNumber("id")
                .toString();
        String promotion = Api.post("/api/v1/promotions", promotion(category, "Promo " + tag), staff)
                .data()
                .getString("slug");
        String deep = "[".repeat(20_000) + "]".repeat(20_000);

        for (String path : new String[] {
            "/api/v1/products/" + product.getString("slug"),
            "/api/v1/categories/" + category.getString("slug"),
            "/api/v1/settings",
            "/api/v1/promotions/" + promotion,
            "/api/v1/services/" + service,
            "/api/v1/social-links/" + link,
            "/api/v1/newsletter/templates/" + template,
            "/api/v1/newsletter/campaigns/" + campaign
        }) {
            for (String body : new String[] {"[1,2,3]", "{\"name\":\"x\",", "null", "NaN", "7", deep}) {
                assertFailure(Api.patch(path, body, staff), 400, "bad_request");
            }
            assertFailure(Api.patch(path, "", staff), 400, "validation_error");
            assertFailure(Api.patch(path, "{\"name\":\"a\",\"name\":\"b\"}", staff), 400, "bad_request");
        }
        assertThat(Api.get("/api/v1/products/" + product.getString("slug"), staff)
                        .data()
                        .getString("name"))
                .isEqualTo("Patché " + tag);
    }

    // 3. Invalid UTF-8 is a 400, never stored as U+FFFD; PATCH keeps POST's field rules.
    @Test
    void invalidUtf8Is400AndPatchKeepsTheFieldRules() {
        JsonObject category = category("Utf " + tag);
        JsonObject product = product(category, "Café " + tag);
        byte[] latin1 = ("{\"name\":\"caf\u00e9 " + tag + "\"}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        ApiResponse created = Api.sendBytes("POST", "/api/v1/categories", latin1, staff);
        ApiResponse patched = Api.sendBytes("PATCH", "/api/v1/products/" + product.getString("slug"), latin1, staff);

        assertFailure(created, 400, "bad_request");
        assertFailure(patched, 400, "bad_request");
        assertThat(TestDatabase.count("SELECT count(*) FROM category WHERE name LIKE ?", "%" + tag + "%"))
                .isEqualTo(1);
        for (String path : new String[] {
            "/api/v1/products/" + product.getString("slug"), "/api/v1/categories/" + category.getString("slug")
        }) {
            ApiResponse nameless = Api.patch(path, Json.object("name", "!!! ---"), staff);
            assertFailure(nameless, 400, "validation_error");
            assertThat(fields(nameless)).containsExactly("name");
        }
    }

    // 4. However a unique value is taken (a check, or a concurrent insert winning the race), the answer is a 409
    //    naming the field; lowering usage_limit under usage_count is a 400 naming it.
    @Test
    void concurrentWritesOfOneUniqueValueGiveOne201AndOnly409sNamingTheField() throws Exception {
        JsonObject category = category("Unique " + tag);
        String slug = "unique-" + tag;
        String sku = "UNQ-" + tag.toUpperCase();
        String code = "CODE" + tag.toUpperCase();
        String username = "racer-" + tag;
        String[] admin = Api.bearer(Tokens.access(TestDatabase.createUser("race-admin", "admin", true)));

        assertRace(
                "slug",
                () -> Api.post(
                        "/api/v1/products",
                        Json.object("name", "Course", "slug", slug, "category", id(category), "price", "10"),
                        staff));
        assertRace(
                "sku",
                () -> Api.post(
                        "/api/v1/products",
                        Json.object("name", "Course SKU", "sku", sku, "category", id(category), "price", "10"),
                        staff));
        assertRace(
                "code",
                () -> Api.post(
                        "/api/v1/promotions", promotion(category, "Course").code(code), staff));
        assertRace(
                "username",
                () -> Api.post(
                        "/api/v1/users",
                        Json.object("username", username, "password", "long-enough-password-42", "role", "staff"),
                        admin));
        assertRace(
                "slug",
                () -> Api.post("/api/v1/categories", Json.object("name", "Course", "slug", "c-" + slug), staff));

        String promotion = Api.post(
                        "/api/v1/promotions",
                        promotion(category, "Limitée " + tag)
                                .code("LIM" + tag.toUpperCase())
                                .usageLimit(5),
                        staff)
                .data()
                .getString("slug");
        for (int i = 0; i < 3; i++) {
            assertThat(Api.post(
                                    "/api/v1/promotions/redeem",
                                    Json.object("promotion", promotion, "customer", "client" + i + "@example.bj"),
                                    staff)
                            .status())
                    .isEqualTo(200);
        }
        ApiResponse lowered = Api.patch("/api/v1/promotions/" + promotion, Json.object("usage_limit", 2), staff);
        assertFailure(lowered, 400, "validation_error");
        assertThat(fields(lowered)).containsExactly("usage_limit");
        assertThat(Api.patch("/api/v1/promotions/" + promotion, Json.object("usage_limit", 3), staff)
                        .status())
                .isEqualTo(200);
    }

    void assertRace(String field, java.util.concurrent.Callable<ApiResponse> create) throws Exception {
        List<ApiResponse> answers = Concurrently.run(12, 12, create);
        assertThat(answers.stream().filter(a -> a.status() == 201))
                .as(answers.toString())
                .hasSize(1);
        for (ApiResponse refused :
                answers.stream().filter(a -> a.status() != 201).toList()) {
            assertFailure(refused, 409, "conflict");
            assertThat(fields(refused)).as(refused.toString()).containsExactly(field);
        }
    }

    // 6. What the container used to answer alone (an HTML page or an empty body) is the envelope.
    @Test
    void theContainersOwnAnswersAreInTheEnvelopeToo() {
        assertFailure(Api.get("/api/v1/products/%C0%AE%C0%AE/"), 400, "bad_request");
        assertFailure(Api.get("/api/v1/products/%FF%FE"), 400, "bad_request");
        assertFailure(RawHttp.get("/api/v1/products?search=%ZZ"), 400, "bad_request");
        assertFailure(Api.send("TRACE", "/api/v1/products", null), 405, "method_not_allowed");
        ApiResponse longQuery = Api.get("/api/v1/products?search=" + "a".repeat(16 * 1024));
        assertThat(longQuery.status()).isEqualTo(200);
        assertThat(longQuery.json().getBoolean("success")).isTrue();
        assertFailure(Api.get("/errors/envelope"), 404, "not_found");
    }

    // 5. A page number whose offset overflows an int is a page past the end.
    @Test
    void aPageFarPastTheEndIs404WhateverItsNumber() {
        for (String list : new String[] {"/api/v1/products", "/api/v1/services", "/api/v1/categories"}) {
            assertFailure(Api.get(list + "?page=21474838&page_size=100"), 404, "not_found");
            assertFailure(Api.get(list + "?page=2147483647&page_size=100"), 404, "not_found");
        }
        assertFailure(Api.get("/api/v1/products?page=99999999999"), 400, "validation_error");
    }

    // 7. The default ALLOWED_HOSTS holds [::1]; a Host of [::1]:port is that host.
    @Test
    void anIpv6LoopbackHostWithAPortIsServed() {
        assertThat(Api.get("/healthz/live", "Host", "[::1]:8180").status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/settings", "Host", "[::1]").status()).isEqualTo(200);
        assertFailure(Api.get("/api/v1/settings", "Host", "[::2]:8180"), 400, "bad_request");
    }

    // 8. Whatever is not a valid refresh token is a 401, an access token or a very long string included.
    @Test
    void anythingButAValidRefreshTokenIs401() {
        JsonObject pair = Tokens.obtain(TestDatabase.createUser("refresh-" + tag, "staff", true));

        assertFailure(
                Api.post("/api/token/refresh", Json.object("refresh", pair.getString("access"))),
                401,
                "not_authenticated");
        assertFailure(
                Api.post("/api/token/refresh", Json.object("refresh", "x".repeat(5000))), 401, "not_authenticated");
        assertThat(Api.post("/api/token/refresh", Json.object("refresh", pair.getString("refresh")))
                        .status())
                .as("the sign-in was not harmed")
                .isEqualTo(200);
    }

    JsonObject category(String name) {
        ApiResponse created = Api.post("/api/v1/categories", Json.object("name", name), staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    JsonObject product(JsonObject category, String name) {
        ApiResponse created = Api.post(
                "/api/v1/products", Json.object("name", name, "category", id(category), "price", "1000"), staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    /** A promotion of this test's own category only, so no other test's prices change. */
    static PromotionBody promotion(JsonObject category, String name) {
        return PromotionBody.percent(name, 5).onCategories(id(category));
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static java.util.Set<String> fields(ApiResponse response) {
        JsonObject error = response.json().getJsonObject("error");
        return error.isNull("fields")
                ? java.util.Set.of()
                : error.getJsonObject("fields").keySet();
    }

    // 9. Anonymous readers never see an inactive product, not even among a promotion's targets.
    @Test
    void aPromotionShowsAnonymousReadersItsActiveProductsOnly() {
        JsonObject category = category("Cibles " + tag);
        JsonObject shown = product(category, "Visible " + tag);
        JsonObject hidden = product(category, "Caché " + tag);
        Api.patch("/api/v1/products/" + hidden.getString("slug"), Json.object("is_active", false), staff);
        PromotionBody body = PromotionBody.percent("Ciblée " + tag, 5)
                .code("CIB" + tag.toUpperCase())
                .onProducts(id(shown), id(hidden));
        String slug = Api.post("/api/v1/promotions", body, staff).data().getString("slug");

        JsonObject anonymous = Api.get("/api/v1/promotions/" + slug).data();
        JsonObject forStaff = Api.get("/api/v1/promotions/" + slug, staff).data();
        JsonObject listed = Api.get("/api/v1/promotions?search=" + tag)
                .data()
                .getJsonArray("results")
                .getJsonObject(0);
        JsonObject checked = Api.post("/api/v1/promotions/validate_code", Json.object("code", "CIB" + tag))
                .data()
                .getJsonObject("promotion");

        assertThat(anonymous.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getString("slug")))
                .containsExactly(shown.getString("slug"));
        assertThat(anonymous.getInt("products_count")).isEqualTo(1);
        assertThat(listed.getInt("products_count")).isEqualTo(1);
        assertThat(checked.getInt("products_count")).isEqualTo(1);
        assertThat(forStaff.getJsonArray("products")).hasSize(2);
        assertThat(forStaff.getInt("products_count")).isEqualTo(2);
        assertThat(Api.get("/api/v1/promotions/" + slug).body()).doesNotContain(hidden.getString("slug"));
    }

    // 10. SVG icons are parsed and held to an allow-list; served media carry their type and never run.
    @Test
    void svgIconsThatScriptOrReachOutAreRefusedAndStoredMediaNeverRun() {
        String icon = "/api/v1/categories/" + category("Icônes " + tag).getString("slug") + "/icon";
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\">";
        for (String hostile : new String[] {
            "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script></svg:svg>",
            open + "<animate attributeName=\"href\" values=\"&#106;avascript:alert(1)\"/></svg>",
            open + "<style>@import url(https://evil.example/x.css);</style></svg>",
            open + "<rect style=\"fill:url(https://evil.example/p)\" width=\"8\" height=\"8\"/></svg>"
        }) {
            ApiResponse refused = MultipartUpload.send(
                    "PUT",
                    icon,
                    staff[1],
                    "i.svg",
                    "image/svg+xml",
                    hostile.getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertFailure(refused, 400, "validation_error");
        }
        ApiResponse accepted = MultipartUpload.send(
                "PUT",
                icon,
                staff[1],
                "i.svg",
                "image/svg+xml",
                (open + "<rect width=\"8\" height=\"8\" fill=\"#1f6feb\"/></svg>").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        ApiResponse served =
                Api.get(URI.create(accepted.data().getString("icon_url")).getPath());
        assertThat(served.header("Content-Type")).contains("image/svg+xml");
        assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("sandbox").contains("default-src 'none'"));
        assertThat(served.header("Content-Disposition")).contains("attachment");
    }

    // 11. A segment of digits is an id and only an id: no slug is all digits, and a path names one row.
    @Test
    void aSegmentOfDigitsIsAnIdAndResolvesToOneRow() {
        JsonObject category = category("Chiffres " + tag);
        ApiResponse numeric = Api.post(
                "/api/v1/products",
                Json.object("name", "Numéro", "slug", "4242", "category", id(category), "price", "10"),
                staff);
        assertFailure(numeric, 400, "validation_error");
        assertThat(fields(numeric)).containsExactly("slug");
        assertThat(product(category, "2024").getString("slug")).matches("2024-\\d+");

        // A row written before the rule, whose slug is another product's id.
        JsonObject byId = product(category, "Par identifiant " + tag);
        JsonObject other = product(category, "Autre " + tag);
        TestDatabase.count(
                "WITH u AS (UPDATE product SET slug = ? WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                Long.toString(id(byId)),
                id(other));
        assertThat(Api.get("/api/v1/products/" + id(byId)).data().getString("name"))
                .isEqualTo(byId.getString("name"));
        Api.post("/api/v1/products/" + id(byId) + "/track_whatsapp_click", "");
        assertThat(TestDatabase.count("SELECT whatsapp_click_count FROM product WHERE id = ?", id(byId)))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT whatsapp_click_count FROM product WHERE id = ?", id(other)))
                .as("one click counts on one product")
                .isZero();
    }

    // 12. Crossing moves (X under Y while Y moves under X) are serialised: the tree stays a tree.
    @Test
    void twentyConcurrentCrossingMovesLeaveATree() throws Exception {
        List<JsonObject[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pairs.add(new JsonObject[] {category("X" + i + " " + tag), category("Y" + i + " " + tag)});
        }
        List<java.util.concurrent.Callable<ApiResponse>> moves = new java.util.ArrayList<>();
        for (JsonObject[] pair : pairs) {
            moves.add(() -> move(pair[0], pair[1]));
            moves.add(() -> move(pair[1], pair[0]));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<ApiResponse> answers = Concurrently.run(moves.size(), moves.size(), () -> moves.get(next.getAndIncrement())
                .call());

        assertThat(answers)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 400));
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(20);
        assertThat(TestDatabase.count(
                        """
                        SELECT count(*) FROM category c LEFT JOIN category p ON p.id = c.parent_id
                        WHERE c.name LIKE ? AND (c.path <> coalesce(p.path, '/') || c.id || '/'
                                                 OR c.level <> coalesce(p.level + 1, 0))""",
                        "%" + tag))
                .as("every path is its parent's plus itself")
                .isZero();
    }

    ApiResponse move(JsonObject category, JsonObject under) {
        return Api.patch(
                "/api/v1/categories/" + category.getString("slug"),
                CategoryBody.changes().parent(id(under)),
                staff);
    }

    // 16. A rename keeps the slug, with PUT as with PATCH.
    @Test
    void aCategoryPutWithoutSlugKeepsTheSlug() {
        JsonObject category = Api.post("/api/v1/categories", Json.object("name", "Réseau " + tag), staff)
                .data();

        ApiResponse renamed = Api.send(
                "PUT",
                "/api/v1/categories/" + category.getString("slug"),
                Json.object("name", "Réseaux et Wi-Fi " + tag),
                "Content-Type",
                "application/json",
                staff[0],
                staff[1]);

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.data().getString("slug")).isEqualTo(category.getString("slug"));
        assertThat(renamed.data().getString("name")).isEqualTo("Réseaux et Wi-Fi " + tag);
    }
}
