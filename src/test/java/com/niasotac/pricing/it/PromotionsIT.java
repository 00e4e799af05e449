package com.niasotac.pricing.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Concurrently;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.BulkAction;
import com.niasotac.testdata.PromotionBody;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Promotions over HTTP: editing rules, codes, promoted prices, and race-free redemption. */
@ExtendWith(ArquillianExtension.class)
class PromotionsIT {

    String[] staff;
    TestCatalog.Category category;
    String tag;
    final List<Long> created = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void catalog() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("promo-staff", "staff", true)));
        category = TestCatalog.category("Promos");
        TestCatalog.products(category, 2); // prices 10 001 and 10 002
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Promotions that apply to every product would change the prices other test classes check. */
    @AfterEach
    void deactivateWhatThisTestCreated() {
        if (!created.isEmpty()) {
            ApiResponse off = Api.post("/api/v1/promotions/bulk", new BulkAction("deactivate", created), staff);
            assertThat(off.status()).as(off.toString()).isEqualTo(200);
        }
    }

    JsonObject create(PromotionBody body) {
        ApiResponse response = Api.post("/api/v1/promotions", body, staff);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add(response.data().getJsonNumber("id").longValue());
        return response.data();
    }

    String redeem(String code, String customer) {
        ApiResponse response =
                Api.post("/api/v1/promotions/redeem", Json.object("code", code, "customer", customer), staff);
        return response.status() == 200 ? "ok" : response.errorCode();
    }

    @Test
    void twoHundredConcurrentRedemptionsOfALimitOf25SucceedExactly25Times() throws Exception {
        String code = "LIMIT25" + tag;
        JsonObject promotion = create(
                PromotionBody.percent("Limité " + tag, 10).code(code).forAll().usageLimit(25));

        List<String> outcomes =
                Concurrently.run(200, 40, () -> redeem(code, "client-" + UUID.randomUUID() + "@example.bj"));

        assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(25);
        assertThat(outcomes.stream().filter("promotion_exhausted"::equals).count())
                .isEqualTo(175);
        assertThat(TestDatabase.count(
                        "SELECT usage_count FROM promotion WHERE id = ?",
                        promotion.getJsonNumber("id").longValue()))
                .isEqualTo(25);
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM promotion_redemption WHERE promotion_id = ?",
                        promotion.getJsonNumber("id").longValue()))
                .isEqualTo(25);
    }

    @Test
    void oneCustomerRedeemingConcurrentlyIsHeldToThePerCustomerLimit() throws Exception {
        String code = "PERCUST" + tag;
        create(PromotionBody.amount("Par client " + tag, 1000)
                .code(code)
                .forAll()
                .perCustomerLimit(3));

        List<String> outcomes = Concurrently.run(60, 30, () -> redeem(code, " Awa@Example.bj "));

        assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(3);
        assertThat(outcomes.stream().filter("customer_limit_reached"::equals).count())
                .isEqualTo(57);
        assertThat(redeem(code, "someone-else@example.bj")).isEqualTo("ok");
    }

    @Test
    void staffReadWhoUsedAPromotionNewestFirst() {
        String code = "WHO" + tag;
        String slug = create(PromotionBody.percent("Qui " + tag, 5).code(code).forAll())
                .getString("slug");
        String path = "/api/v1/promotions/" + slug + "/redemptions";
        assertThat(Api.get(path, staff).data().getJsonArray("results")).isEmpty();
        assertThat(redeem(code, "premier@example.bj")).isEqualTo("ok");
        assertThat(redeem(code, "second@example.bj")).isEqualTo("ok");

        ApiResponse uses = Api.get(path, staff);

        assertThat(uses.status()).as(uses.toString()).isEqualTo(200);
        assertThat(uses.data().getInt("count")).isEqualTo(2);
        JsonObject newest = uses.data().getJsonArray("results").getJsonObject(0);
        assertThat(newest.getString("customer")).isEqualTo("second@example.bj");
        assertThat(newest.getInt("quantity")).isEqualTo(1);
        assertThat(newest.getJsonObject("redeemed_by").getString("username")).startsWith("promo-staff");
        assertThat(newest.getString("redeemed_at")).isNotBlank();
        assertFailure(Api.get(path), 401, "not_authenticated");
        assertFailure(Api.get("/api/v1/promotions/inconnue-" + tag + "/redemptions", staff), 404, "not_found");
    }

    @Test
    void productListsAndDetailsShowThePromotedPrice() {
        String slug = category.slug() + "-1";
        JsonObject promotion =
                create(PromotionBody.percent("Dix pour cent " + tag, 10).onCategories(category.id()));

        JsonObject item = Api.get("/api/v1/products?category_slug=" + category.slug() + "&ordering=price")
                .data()
                .getJsonArray("results")
                .getJsonObject(0);
        JsonObject detail = Api.get("/api/v1/products/" + slug).data();
        JsonObject price =
                Api.get("/api/v1/products/" + slug + "/price?quantity=2").data();

        assertThat(item.getString("final_price")).isEqualTo("9000.90"); // 10 001 × 0.9
        assertThat(item.getBoolean("has_discount")).isTrue();
        assertThat(detail.get("applied_promotion")).as(detail.toString()).isInstanceOf(JsonObject.class);
        assertThat(detail.getJsonObject("applied_promotion").getString("slug")).isEqualTo(promotion.getString("slug"));
        assertThat(price.getString("total")).isEqualTo("18001.80");
        assertThat(price.getString("discount_total")).isEqualTo("2000.20");
        assertThat(price.getJsonArray("applied_promotions")).hasSize(1);
    }

    @Test
    void hasDiscountAndOnSaleCountPromotionsIncludingThoseOnAParentCategory() {
        TestDatabase.count(
                "WITH u AS (UPDATE product SET compare_at_price = NULL WHERE category_id = ? RETURNING 1)"
                        + " SELECT count(*) FROM u",
                category.id());
        ApiResponse child = Api.post(
                "/api/v1/categories", Json.object("name", "Sous-rayon " + tag, "parent", category.id()), staff);
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        TestCatalog.Category shelf = new TestCatalog.Category(
                child.data().getJsonNumber("id").longValue(), child.data().getString("slug"));
        TestCatalog.products(shelf, 2); // prices 10 001 and 10 002, like the parent's
        TestDatabase.count(
                "WITH u AS (UPDATE product SET compare_at_price = NULL WHERE category_id = ? RETURNING 1)"
                        + " SELECT count(*) FROM u",
                shelf.id());
        String discounted = "/api/v1/products?page_size=100&category_slug=" + category.slug() + "&has_discount=";
        assertThat(Api.get(discounted + "true").data().getInt("count")).isZero();

        // On the parent: a set price of 10 001.50 lowers 10 002 but not 10 001; buy one get one lowers no unit.
        create(PromotionBody.setPrice("Prix fixe " + tag, "10001.50").onCategories(category.id()));
        create(PromotionBody.bogo("Bogo " + tag, 1, 1).onCategories(category.id()));

        assertThat(slugs(Api.get(discounted + "true")))
                .containsExactlyInAnyOrder(category.slug() + "-2", shelf.slug() + "-2");
        assertThat(slugs(Api.get(discounted + "false")))
                .containsExactlyInAnyOrder(category.slug() + "-1", shelf.slug() + "-1");
        assertThat(slugs(Api.get("/api/v1/products/on_sale?page_size=100")))
                .contains(category.slug() + "-2", shelf.slug() + "-2")
                .doesNotContain(category.slug() + "-1", shelf.slug() + "-1");
        assertThat(Api.get("/api/v1/products/" + shelf.slug() + "-2").data().getString("final_price"))
                .isEqualTo("10001.50");
    }

    static List<String> slugs(ApiResponse page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.data().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(product -> product.getString("slug"))
                .toList();
    }

    @Test
    void anEndedOrInactivePromotionChangesNoPrice() {
        create(PromotionBody.amount("Finie " + tag, 5000)
                .onCategories(category.id())
                .between("2020-01-01T00:00:00Z", "2020-12-31T00:00:00Z"));
        create(PromotionBody.amount("Éteinte " + tag, 5000)
                .onCategories(category.id())
                .inactive());

        JsonObject detail =
                Api.get("/api/v1/products/" + category.slug() + "-1").data();

        assertThat(detail.getString("final_price")).isEqualTo("10001.00");
        assertThat(detail.isNull("applied_promotion")).isTrue();
    }

    @Test
    void validateCodeAnswers404ForUnknown400ForInactiveOrUsedUpAndAPriceForAProduct() {
        create(PromotionBody.setPrice("Code " + tag, "8000").code("OK" + tag).onCategories(category.id()));
        create(PromotionBody.percent("Off " + tag, 5).code("OFF" + tag).forAll().inactive());
        create(PromotionBody.percent("Used " + tag, 5)
                .code("USED" + tag)
                .forAll()
                .usageLimit(1));
        assertThat(redeem("USED" + tag, "x@example.bj")).isEqualTo("ok");

        ApiResponse ok = Api.post(
                "/api/v1/promotions/validate_code",
                Json.object("code", "ok" + tag.toUpperCase(), "product", category.slug() + "-2", "quantity", 2));

        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().getJsonObject("price").getString("total")).isEqualTo("16000.00");
        assertFailure(
                Api.post("/api/v1/promotions/validate_code", Json.object("code", "NOPE" + tag)), 404, "not_found");
        assertFailure(
                Api.post("/api/v1/promotions/validate_code", Json.object("code", "OFF" + tag)),
                400,
                "promotion_inactive");
        assertFailure(
                Api.post("/api/v1/promotions/validate_code", Json.object("code", "USED" + tag)),
                400,
                "promotion_exhausted");
        assertFailure(Api.post("/api/v1/promotions/validate_code", Json.object("code", "")), 400, "validation_error");
    }

    @Test
    void invalidPromotionsAre400AndCodesAreUniqueWhateverTheirCase() {
        create(PromotionBody.percent("Unique " + tag, 5).code("SAME" + tag).forAll());

        assertFailure(
                Api.post("/api/v1/promotions", PromotionBody.percent("X", 150).forAll(), staff),
                400,
                "validation_error");
        assertFailure(
                Api.post("/api/v1/promotions", PromotionBody.ofType("X", "bogo").forAll(), staff),
                400,
                "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/promotions",
                        PromotionBody.amount("X", 5).forAll().between("2026-12-31T00:00:00Z", "2026-01-01T00:00:00Z"),
                        staff),
                400,
                "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/promotions",
                        PromotionBody.ofType("X", "magic").value(5).forAll(),
                        staff),
                400,
                "validation_error");
        assertFailure(Api.post("/api/v1/promotions", PromotionBody.amount("X", 5), staff), 400, "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/promotions",
                        PromotionBody.percent("X", 5).code("same" + tag).forAll(),
                        staff),
                409,
                "conflict");
        assertFailure(
                Api.post("/api/v1/promotions", PromotionBody.percent("X", 5).forAll()), 401, "not_authenticated");
    }

    @Test
    void anonymousClientsSeeOnlyActivePromotionsStaffSeeAllAndFilter() {
        JsonObject on = create(PromotionBody.percent("Visible " + tag, 5).forAll());
        JsonObject off =
                create(PromotionBody.percent("Cachée " + tag, 5).forAll().inactive());

        String anonymous =
                Api.get("/api/v1/promotions?page_size=100&search=" + tag).body();
        String staffList =
                Api.get("/api/v1/promotions?page_size=100&search=" + tag, staff).body();

        assertThat(anonymous).contains(on.getString("slug")).doesNotContain(off.getString("slug"));
        assertThat(staffList).contains(on.getString("slug")).contains(off.getString("slug"));
        assertThat(Api.get("/api/v1/promotions?active=false&search=" + tag, staff)
                        .data()
                        .getInt("count"))
                .isEqualTo(1);
        assertFailure(Api.get("/api/v1/promotions/" + off.getString("slug")), 404, "not_found");
        assertThat(Api.get("/api/v1/promotions/active?page_size=100").body()).contains(on.getString("slug"));
        assertFailure(Api.get("/api/v1/promotions?promotion_type=magic"), 400, "validation_error");
        assertFailure(Api.get("/api/v1/promotions?ordering=usage_count"), 400, "validation_error");
        assertFailure(Api.get("/api/v1/promotions?is_active_now=perhaps"), 400, "validation_error");
    }

    @Test
    void bulkAndDelete() {
        JsonObject promotion = create(PromotionBody.percent("Lot " + tag, 5).forAll());
        long id = promotion.getJsonNumber("id").longValue();

        ApiResponse stackable = Api.post("/api/v1/promotions/bulk", BulkAction.of("mark_stackable", id), staff);
        assertThat(stackable.data().getInt("updated")).isEqualTo(1);
        assertThat(Api.get("/api/v1/promotions/" + promotion.getString("slug"), staff)
                        .data()
                        .getBoolean("is_stackable"))
                .isTrue();
        assertFailure(
                Api.post("/api/v1/promotions/bulk", BulkAction.of("explode", id), staff), 400, "validation_error");
        assertThat(Api.send("DELETE", "/api/v1/promotions/" + promotion.getString("slug"), null, staff)
                        .status())
                .isEqualTo(200);
        assertFailure(Api.get("/api/v1/promotions/" + promotion.getString("slug"), staff), 404, "not_found");
    }
}
