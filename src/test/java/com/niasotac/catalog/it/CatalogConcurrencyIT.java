package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Concurrently;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unique slugs and SKUs under concurrent creation; no lost view or click under concurrent requests. */
@ExtendWith(ArquillianExtension.class)
class CatalogConcurrencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void fiftyProductsWithTheSameNameCreatedAtOnceGetFiftyDistinctSlugsAndSkus() throws Exception {
        TestCatalog.Category category = TestCatalog.category("Ordinateurs");
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("concurrent-staff", "staff", true)));
        String name = "Portable " + UUID.randomUUID().toString().substring(0, 6);
        String body = Json.object("name", name, "brand", "Lenovo", "category", category.id(), "price", "350000");

        List<ApiResponse> responses = Concurrently.run(50, 50, () -> Api.post("/api/v1/products", body, staff));

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<JsonObject> created = responses.stream().map(ApiResponse::data).toList();
        assertThat(created.stream().map(p -> p.getString("slug")).distinct()).hasSize(50);
        assertThat(created.stream().map(p -> p.getString("sku")).distinct()).hasSize(50);
        assertThat(created.stream().map(p -> p.getString("slug")))
                .allMatch(slug -> slug.matches(java.util.regex.Pattern.quote(base(name)) + "-lenovo(-\\d+)?"));
        assertThat(created.stream().map(p -> p.getString("sku"))).allMatch(sku -> sku.matches("[A-Z]{3}-\\d{5}"));
    }

    @Test
    void aThousandConcurrentViewsAndClicksAreAllCounted() throws Exception {
        TestCatalog.Category category = TestCatalog.category("Compteurs");
        TestCatalog.products(category, 1);
        String slug = category.slug() + "-1";

        List<Integer> views = Concurrently.run(1000, 50, () -> Api.post("/api/v1/products/" + slug + "/track_view", "")
                .status());
        List<Integer> clicks =
                Concurrently.run(1000, 50, () -> Api.post("/api/v1/products/" + slug + "/track_whatsapp_click", "")
                        .status());

        assertThat(views).containsOnly(200);
        assertThat(clicks).containsOnly(200);
        // Views are buffered and written every two seconds: wait for the writes, then for nothing more.
        Await.until(
                () -> TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", slug) >= 1000,
                Duration.ofSeconds(15));
        assertThat(TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", slug))
                .isEqualTo(1000);
        assertThat(TestDatabase.count("SELECT whatsapp_click_count FROM product WHERE slug = ?", slug))
                .isEqualTo(1000);
        assertThat(TestDatabase.count(
                        "SELECT coalesce(sum(d.views), 0) FROM product_view_day d JOIN product p ON p.id = d.product_id WHERE p.slug = ?",
                        slug))
                .isEqualTo(1000);
    }

    static String base(String name) {
        return name.toLowerCase().replace(' ', '-');
    }
}
