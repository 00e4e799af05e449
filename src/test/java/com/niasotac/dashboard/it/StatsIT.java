package com.niasotac.dashboard.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures against a shop built here: each count moves by what the test added, the top lists
 * are the exact 30-day sums (older days and inactive products left out), and the whole answer costs a few
 * statements whatever the catalog's size.
 */
@ExtendWith(ArquillianExtension.class)
class StatsIT {

    /** Far above anything another test records, so the products below lead the top lists. */
    static final long MANY = 1_000_000_000L;

    static final String TAG = "stats-" + UUID.randomUUID().toString().substring(0, 8);
    static String[] staff;
    static TestCatalog.Category category;
    static JsonObject before;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void aShopOfKnownFigures() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("stats-staff", "staff", true)));
        before = stats("");
        category = TestCatalog.category("Stats " + TAG);
        // name, stock, in stock, active, featured, compare-at price
        product("featured", 50, true, true, 0);
        product("three-left", 3, false, true, 0);
        product("ten-left", 10, false, true, 0);
        product("sold-out", 0, false, true, 0);
        product("hidden", 2, true, false, 0);
        product("on-sale", 20, false, true, 15000);
        views("featured", 0, MANY + 5);
        views("featured", 29, 7); // the 30th day back is still in
        views("on-sale", 1, MANY + 3);
        views("three-left", 0, MANY + 1);
        views("three-left", 30, 100 * MANY); // the 31st day back is out
        views("hidden", 0, 50 * MANY);
        clicks("ten-left", 2, MANY + 9);
        clicks("sold-out", 0, MANY + 2);
        TestDatabase.count(
                """
                WITH rows AS (INSERT INTO promotion (name, slug, promotion_type, value, active, start_at, end_at)
                    VALUES ('Stats now', ? || '-now', 'percent', 5, true, now() - interval '1 day', now() + interval '1 day'),
                           ('Stats off', ? || '-off', 'percent', 5, false, NULL, NULL),
                           ('Stats over', ? || '-over', 'percent', 5, true, NULL, now() - interval '1 hour')
                    RETURNING 1) SELECT count(*) FROM rows""",
                TAG,
                TAG,
                TAG);
        TestDatabase.count(
                """
                WITH rows AS (INSERT INTO newsletter_subscriber (email, confirmed, subscribed)
                    VALUES (? || '-a@example.com', true, true), (? || '-b@example.com', true, true),
                           (? || '-c@example.com', false, true), (? || '-d@example.com', true, false)
                    RETURNING 1) SELECT count(*) FROM rows""",
                TAG,
                TAG,
                TAG,
                TAG);
        // Held by a node that is not there, for an hour: no dispatcher touches it meanwhile.
        TestDatabase.count(
                """
                WITH t AS (INSERT INTO newsletter_template (name, slug, subject, plain_content)
                           VALUES ('Stats', ?, 'Sujet', 'Texte') RETURNING id),
                     c AS (INSERT INTO newsletter_campaign (name, template_id, status, sent_count, failed_count,
                                                            recipients_count, lease_owner, lease_until, started_at)
                           SELECT ?, t.id, 'sending', 3, 1, 10, 'elsewhere', now() + interval '1 hour', now() FROM t
                           RETURNING 1)
                SELECT count(*) FROM c""",
                TAG,
                TAG);
    }

    @AfterAll
    static void leaveTheDatabaseAsFound() {
        TestCatalog.delete(category);
        TestDatabase.count(
                "WITH d AS (DELETE FROM promotion WHERE slug LIKE ? || '-%' RETURNING 1) SELECT count(*) FROM d", TAG);
        TestDatabase.count(
                "WITH d AS (DELETE FROM newsletter_subscriber WHERE email LIKE ? || '-%' RETURNING 1) SELECT count(*) FROM d",
                TAG);
        TestDatabase.count(
                "WITH d AS (DELETE FROM newsletter_campaign WHERE name = ? RETURNING 1) SELECT count(*) FROM d", TAG);
        TestDatabase.count(
                "WITH d AS (DELETE FROM newsletter_template WHERE slug = ? RETURNING 1) SELECT count(*) FROM d", TAG);
    }

    @Test
    void eachCountMovesByWhatTheShopGained() {
        JsonObject after = stats("");

        assertThat(delta(after, before, "products", "active")).isEqualTo(5);
        assertThat(delta(after, before, "products", "out_of_stock")).isEqualTo(1);
        assertThat(delta(after, before, "products", "low_stock"))
                .as("3 and 10 left; not 0, not inactive")
                .isEqualTo(2);
        assertThat(delta(after, before, "products", "featured")).isEqualTo(1);
        assertThat(delta(after, before, "products", "on_sale")).isEqualTo(1);
        assertThat(after.getJsonObject("products").getInt("low_stock_threshold"))
                .isEqualTo(10);
        assertThat(delta(after, before, "promotions", "active_now")).isEqualTo(1);
        assertThat(delta(after, before, "subscribers", "confirmed")).isEqualTo(2);
        assertThat(delta(after, before, "subscribers", "pending")).isEqualTo(1);
    }

    @Test
    void theLowStockThresholdIsAParameter() {
        JsonObject nine = stats("?low_stock=9");

        assertThat(nine.getJsonObject("products").getInt("low_stock_threshold")).isEqualTo(9);
        assertThat(nine.getJsonArray("low_stock_products").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("slug"))
                .contains(slug("three-left"))
                .doesNotContain(slug("ten-left"), slug("sold-out"), slug("hidden"));
        assertFailure(Api.get("/api/v1/stats?low_stock=0", staff), 400, "validation_error");
        assertFailure(Api.get("/api/v1/stats?low_stock=beaucoup", staff), 400, "validation_error");
        assertFailure(Api.get("/api/v1/stats"), 401, "not_authenticated");
    }

    @Test
    void theTopListsAreTheExactSumsOfTheLast30Days() {
        JsonObject after = stats("");

        List<JsonObject> viewed = after.getJsonArray("top_viewed").getValuesAs(JsonObject.class);
        assertThat(viewed).hasSizeLessThanOrEqualTo(10);
        assertThat(viewed.subList(0, 3))
                .extracting(p ->
                        p.getString("slug") + " " + p.getJsonNumber("views").longValue())
                .containsExactly(
                        slug("featured") + " " + (MANY + 12),
                        slug("on-sale") + " " + (MANY + 3),
                        slug("three-left") + " " + (MANY + 1));
        assertThat(viewed).extracting(p -> p.getString("slug")).doesNotContain(slug("hidden"));
        List<JsonObject> clicked = after.getJsonArray("top_clicked").getValuesAs(JsonObject.class);
        assertThat(clicked.subList(0, 2))
                .extracting(p ->
                        p.getString("slug") + " " + p.getJsonNumber("clicks").longValue())
                .containsExactly(slug("ten-left") + " " + (MANY + 9), slug("sold-out") + " " + (MANY + 2));
        assertThat(after.getJsonArray("campaigns_sending").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("name").equals(TAG))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getInt("sent_count")).isEqualTo(3);
                    assertThat(c.getInt("failed_count")).isEqualTo(1);
                    assertThat(c.getInt("recipients_count")).isEqualTo(10);
                });
    }

    @Test
    void aFewStatementsWhateverTheCatalogsSize() {
        long small = statements();
        TestCatalog.Category large = TestCatalog.category("Stats large " + TAG);
        try {
            TestCatalog.products(large, 300);
            TestDatabase.count(
                    """
                    WITH v AS (INSERT INTO product_view_day (product_id, day, views)
                               SELECT p.id, (now() AT TIME ZONE 'UTC')::date - d, 1
                               FROM product p, generate_series(0, 29) d WHERE p.category_id = ? RETURNING 1),
                         c AS (INSERT INTO product_click_day (product_id, day, clicks)
                               SELECT p.id, (now() AT TIME ZONE 'UTC')::date - d, 1
                               FROM product p, generate_series(0, 29) d WHERE p.category_id = ? RETURNING 1)
                    SELECT (SELECT count(*) FROM v) + (SELECT count(*) FROM c)""",
                    large.id(),
                    large.id());

            long withMore = statements();

            // the counts, the two top lists, low stock, campaigns sending; and the sign-in check, at most once
            assertThat(small).isLessThanOrEqualTo(6);
            assertThat(withMore).isLessThanOrEqualTo(6);
        } finally {
            TestCatalog.delete(large);
        }
    }

    static long statements() {
        stats(""); // the sign-in is known from here on
        String requestId = "stats-" + UUID.randomUUID();
        String[] headers = {staff[0], staff[1], "X-Request-ID", requestId};
        ApiResponse response = Api.get("/api/v1/stats", headers);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Api.get("/api/v1/test-support/statements/" + requestId)
                .json()
                .getJsonNumber("prepared")
                .longValue();
    }

    static JsonObject stats(String query) {
        ApiResponse response = Api.get("/api/v1/stats" + query, staff);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data();
    }

    static long delta(JsonObject after, JsonObject before, String group, String figure) {
        return after.getJsonObject(group).getJsonNumber(figure).longValue()
                - before.getJsonObject(group).getJsonNumber(figure).longValue();
    }

    static String slug(String name) {
        return TAG + "-" + name;
    }

    static void product(String name, int stock, boolean featured, boolean active, int compareAt) {
        TestDatabase.count(
                """
                WITH p AS (INSERT INTO product (name, slug, sku, brand, category_id, price, compare_at_price,
                                                stock_quantity, in_stock, is_featured, is_active)
                           VALUES (?, ?, ?, 'Marque', ?, 10000, ?, ?, ?, ?, ?) RETURNING 1)
                SELECT count(*) FROM p""",
                "Stats " + name,
                slug(name),
                slug(name).toUpperCase(),
                category.id(),
                compareAt == 0 ? null : new java.math.BigDecimal(compareAt),
                stock,
                stock > 0,
                featured,
                active);
    }

    static void views(String name, int daysAgo, long count) {
        perDay("product_view_day", "views", name, daysAgo, count);
    }

    static void clicks(String name, int daysAgo, long count) {
        perDay("product_click_day", "clicks", name, daysAgo, count);
    }

    static void perDay(String table, String column, String name, int daysAgo, long count) {
        TestDatabase.count(
                "WITH r AS (INSERT INTO " + table + " (product_id, day, " + column + ")"
                        + " SELECT id, (now() AT TIME ZONE 'UTC')::date - ?, ? FROM product WHERE slug = ?"
                        + " RETURNING 1) SELECT count(*) FROM r",
                daysAgo,
                count,
                slug(name));
    }
}
