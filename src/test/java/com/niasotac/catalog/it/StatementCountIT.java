package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists issue a constant number of SQL statements whatever the page size: no query per product or per
 * category (Hibernate's own count of prepared statements, native queries included).
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    static TestCatalog.Category category;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void catalogOf120ProductsUnderTenPromotions() {
        category = TestCatalog.category("Statements");
        TestCatalog.products(category, 120);
        // Percent and amount, stackable or not, on the category and on every other product.
        TestDatabase.count(
                """
                WITH promo AS (
                    INSERT INTO promotion (name, slug, promotion_type, value, is_stackable)
                    SELECT 'Statements ' || n, ? || '-promo-' || n,
                           CASE WHEN n % 2 = 0 THEN 'percent' ELSE 'amount' END, 5, n % 3 = 0
                    FROM generate_series(1, 10) AS n RETURNING id),
                listed AS (
                    INSERT INTO promotion_product (promotion_id, product_id)
                    SELECT promo.id, p.id FROM promo, product p WHERE p.category_id = ? AND p.id % 2 = 0 RETURNING 1),
                shelf AS (
                    INSERT INTO promotion_category (promotion_id, category_id) SELECT id, ? FROM promo RETURNING 1)
                SELECT count(*) FROM promo""",
                category.slug(), category.id(), category.id());
        // Rows written by SQL reach the prices when the one-second snapshot of active promotions is next read.
        Await.until(
                () -> {
                    JsonObject first = Api.get("/api/v1/products?page_size=1&category_slug=" + category.slug()
                                    + "&fresh=" + System.nanoTime())
                            .data()
                            .getJsonArray("results")
                            .getJsonObject(0);
                    return new BigDecimal(first.getString("final_price"))
                                    .compareTo(new BigDecimal(first.getString("price")))
                            < 0;
                },
                Duration.ofSeconds(10));
    }

    static long statementsFor(String path, String... headers) {
        Api.get(path + "&warmup=" + System.nanoTime(), headers); // loads what is kept in memory (the shop's contact)
        String requestId = "statements-" + java.util.UUID.randomUUID();
        String[] identified = java.util.Arrays.copyOf(headers, headers.length + 2);
        identified[headers.length] = "X-Request-ID";
        identified[headers.length + 1] = requestId;
        // A parameter the API ignores makes the URL new, so the public cache cannot answer instead.
        ApiResponse response = Api.get(path + "&nocache=" + System.nanoTime(), identified);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Api.get("/api/v1/test-support/statements/" + requestId)
                .json()
                .getJsonNumber("prepared")
                .longValue();
    }

    @Test
    void aProductPageOf100CostsAsManyStatementsAsAPageOf1() {
        String list = "/api/v1/products?category_slug=" + category.slug() + "&page_size=";

        long one = statementsFor(list + "1");
        long hundred = statementsFor(list + "100");

        // category lookup, count, rows, and the active promotions (unless read less than a second ago)
        assertThat(one).isLessThanOrEqualTo(4);
        assertThat(hundred).isLessThanOrEqualTo(4);
        assertThat(Api.get(list + "100").data().getJsonArray("results").getValuesAs(JsonObject.class))
                .hasSize(100)
                .allSatisfy(product -> assertThat(new BigDecimal(product.getString("final_price")))
                        .isLessThan(new BigDecimal(product.getString("price"))));
    }

    @Test
    void aPublicPageReadAgainCostsOnlyTheGenerationLookup() {
        // Not kept, a search is its count, its plan setting and its rows: three statements at least.
        String search = "/api/v1/products?search=" + category.slug();
        // the generation, and the active promotions unless read less than a second ago
        assertThat(statementsFor(search)).isLessThanOrEqualTo(2);
    }

    @Test
    void aStaffPageOrAPageByViewsReadAgainCostsOneStatement() {
        // Not kept, such a page is its count (kept) and its rows, after the version lookup: two statements.
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("statements-staff", "staff", true)));
        // (By search: a category filter reads the generation once more, for the category.)
        String byViews = "/api/v1/products?ordering=-view_count&search=" + category.slug();
        // The fewer of two reads: either may also reload the promotions or the signed-in account (once a second).
        assertThat(Math.min(statementsFor(byViews, staff), statementsFor(byViews, staff)))
                .isEqualTo(1);
        assertThat(Math.min(statementsFor(byViews), statementsFor(byViews))).isEqualTo(1);
    }

    @Test
    void aProductShownAgainCostsOneStatement() {
        // Not kept, a product's page is its row and its images: two statements.
        String detail = "/api/v1/products/" + category.slug() + "-1?shown=again";
        // The fewer of two reads: either may also reload the active promotions (once a second).
        assertThat(Math.min(statementsFor(detail), statementsFor(detail))).isEqualTo(1);
    }

    @Test
    void theShowcasesAndCategoryProductsAreConstantToo() {
        String products = "/api/v1/categories/" + category.slug() + "/products?page_size=";
        for (String page : List.of("/api/v1/products/on_sale?page_size=", products)) {
            // (category lookup,) count, rows, and the active promotions unless read less than a second ago
            assertThat(statementsFor(page + "1")).as(page).isLessThanOrEqualTo(4);
            assertThat(statementsFor(page + "100")).as(page).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void aCategoryPageOf100CostsAsManyStatementsAsAPageOf1() {
        for (int i = 0; i < 3; i++) {
            TestCatalog.category("Extra " + i);
        }

        long one = statementsFor("/api/v1/categories?page_size=1");
        long hundred = statementsFor("/api/v1/categories?page_size=100");

        assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(2); // count, rows
    }
}
