package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.BulkAction;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scores are recomputed after changes (in the background) and on the bulk action (at once), from exact data. */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

    String[] staff;
    TestCatalog.Category category;
    String slug;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void aProductAloneInItsCategory() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("scoring-staff", "staff", true)));
        category = TestCatalog.category("Scores");
        TestCatalog.products(category, 1);
        slug = category.slug() + "-1";
    }

    JsonObject detail() {
        ApiResponse response = Api.get("/api/v1/products/" + slug, staff);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data();
    }

    /** Read from the database, where the scores are written. */
    long id() {
        return TestDatabase.count("SELECT id FROM product WHERE slug = ?", slug);
    }

    JsonObject awaitDetail(java.util.function.Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonObject current = detail();
        while (!condition.test(current) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            current = detail();
        }
        return current;
    }

    @Test
    void forcingFeaturedPinsTheScoreTo100InTheBackgroundAndShowsTheProduct() throws InterruptedException {
        ApiResponse bulk = Api.post("/api/v1/products/bulk", BulkAction.of("force_featured", id()), staff);
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);

        JsonObject product = awaitDetail(p -> p.getBoolean("is_featured"));

        assertThat(product.getString("featured_score")).isEqualTo("100.00");
        assertThat(product.getBoolean("force_featured")).isTrue();
        assertThat(Api.get("/api/v1/products/featured?page_size=100&nocache=" + System.nanoTime())
                        .body())
                .contains(slug);
    }

    @Test
    void recalculatingUsesOnlyTheViewsOfTheLast30Days() throws SQLException {
        long id = id();
        // 200 views 31 days ago (outside the window) and 50 today (inside): views30 = 50 → 15 points.
        try (Connection c = TestDatabase.connection();
                PreparedStatement days = c.prepareStatement(
                        """
                        INSERT INTO product_view_day (product_id, day, views) VALUES
                        (?, (now() AT TIME ZONE 'UTC')::date - 31, 200), (?, (now() AT TIME ZONE 'UTC')::date, 50)""")) {
            days.setLong(1, id);
            days.setLong(2, id);
            days.executeUpdate();
        }

        ApiResponse bulk = Api.post("/api/v1/products/bulk", BulkAction.of("recalculate_scores", id), staff);
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);

        // The fixture: price 10 001, cost none (5), stock 5 (5), created now (10), no clicks (0), alone in its
        // category (average = its own price: 7). Featured = 15 + 0 + 10 + 5 + 7 + 5 = 42.
        assertThat(detail().getString("featured_score")).isEqualTo("42.00");
    }
}
