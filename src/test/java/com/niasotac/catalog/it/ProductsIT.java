package com.niasotac.catalog.it;

import static com.niasotac.catalog.it.CatalogApi.id;
import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.testdata.BulkAction;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The product endpoints of the contract: every filter and ordering, visibility, writes, counters, bulk. */
@ExtendWith(ArquillianExtension.class)
class ProductsIT {

    CatalogApi catalog;
    JsonObject laptops;
    JsonObject parent;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void aSmallCatalog() {
        catalog = new CatalogApi();
        parent = catalog.category("Informatique", null);
        laptops = catalog.category("Portables", id(parent));
    }

    List<String> slugs(String query) {
        ApiResponse response = Api.get("/api/v1/products?page_size=100&search=" + catalog.tag + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("slug"))
                .toList();
    }

    @Test
    void slugAndSkuAreGeneratedFromNameBrandAndCategory() {
        JsonObject product = catalog.product(
                ProductBody.of(id(laptops), "Écran Gaming", "450000.00").brand("Asus"));
        JsonObject twin = catalog.product(
                ProductBody.of(id(laptops), "Écran Gaming", "450000").brand("Asus"));

        assertThat(product.getString("slug")).isEqualTo("ecran-gaming-" + catalog.tag + "-asus");
        assertThat(twin.getString("slug")).isEqualTo("ecran-gaming-" + catalog.tag + "-asus-1");
        assertThat(product.getString("sku")).matches("POR-\\d{5}");
        assertThat(product.getString("price")).isEqualTo("450000.00");
        assertThat(product.getJsonObject("category").getString("full_path")).contains(" > ");
    }

    @Test
    void invalidProductsAre400NamingEachField() {
        ApiResponse bad = Api.post(
                "/api/v1/products",
                Json.object("name", "X", "category", id(laptops), "price", 0, "compare_at_price", -1, "cost_price", 0),
                catalog.staff);
        ApiResponse text = Api.post("/api/v1/products", ProductBody.of(id(laptops), "X", "abc"), catalog.staff);
        ApiResponse noCategory = Api.post("/api/v1/products", Json.object("name", "X", "price", "100"), catalog.staff);
        ApiResponse unknownCategory =
                Api.post("/api/v1/products", ProductBody.of(999999999, "X", "100"), catalog.staff);

        assertFailure(bad, 400, "validation_error");
        assertThat(bad.json().getJsonObject("error").getJsonObject("fields").keySet())
                .containsExactlyInAnyOrder("price", "compare_at_price", "cost_price");
        assertFailure(text, 400, "validation_error");
        assertThat(text.json().getJsonObject("error").getJsonObject("fields").keySet())
                .containsExactly("price");
        assertFailure(noCategory, 400, "validation_error");
        assertFailure(unknownCategory, 400, "validation_error");
        assertFailure(Api.post("/api/v1/products", Json.object("name", "X", "price", "100")), 401, "not_authenticated");
    }

    @Test
    void anonymousClientsNeverSeeInactiveProductsNorStaffFields() {
        JsonObject hidden =
                catalog.product(ProductBody.of(id(laptops), "Caché", "1000").inactive());
        JsonObject shown =
                catalog.product(ProductBody.of(id(laptops), "Visible", "1000").costPrice("500"));

        assertThat(slugs("")).containsExactly(shown.getString("slug"));
        assertFailure(Api.get("/api/v1/products/" + hidden.getString("slug")), 404, "not_found");
        JsonObject publicDetail =
                Api.get("/api/v1/products/" + shown.getString("slug")).data();
        assertThat(publicDetail.keySet())
                .doesNotContain(
                        "cost_price",
                        "is_active",
                        "force_featured",
                        "force_recommended",
                        "exclude_from_featured",
                        "exclude_from_recommended");
        JsonObject staffDetail = Api.get("/api/v1/products/" + shown.getString("slug"), catalog.staff)
                .data();
        assertThat(staffDetail.getString("cost_price")).isEqualTo("500.00");
        assertThat(Api.get("/api/v1/products/" + hidden.getString("slug"), catalog.staff)
                        .data()
                        .getBoolean("is_active"))
                .isFalse();
    }

    @Test
    void everyFilterNarrowsTheList() {
        JsonObject dell = catalog.product(ProductBody.of(id(laptops), "Latitude Écran", "500000")
                .brand("Dell")
                .barcode("BAR123")
                .compareAtPrice("600000")
                .description("Clavier rétroéclairé"));
        JsonObject hp = catalog.product(
                ProductBody.of(id(parent), "ProBook", "300000").brand("HP").stockQuantity(0));

        assertThat(slugs("%20ECRAN")).containsExactly(dell.getString("slug")); // accent- and case-insensitive
        assertThat(slugs("%20retroeclaire")).containsExactly(dell.getString("slug")); // description
        assertThat(slugs("&brand=hp")).containsExactly(hp.getString("slug"));
        assertThat(slugs("&category=" + id(laptops))).containsExactly(dell.getString("slug"));
        assertThat(slugs("&category_slug=" + parent.getString("slug")))
                .containsExactlyInAnyOrder(dell.getString("slug"), hp.getString("slug"));
        assertThat(slugs("&min_price=400000")).containsExactly(dell.getString("slug"));
        assertThat(slugs("&max_price=400000")).containsExactly(hp.getString("slug"));
        assertThat(slugs("&in_stock=false")).containsExactly(hp.getString("slug"));
        assertThat(slugs("&has_discount=true")).containsExactly(dell.getString("slug"));
        assertThat(slugs("&is_featured=false")).containsExactlyInAnyOrder(dell.getString("slug"), hp.getString("slug"));
        assertThat(slugs("&is_recommended=true")).isEmpty();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(slugs("&created_after=" + today)).hasSize(2);
        assertThat(slugs("&created_before=2000-01-01T00:00:00Z")).isEmpty();
        assertThat(Api.get("/api/v1/products?search=" + dell.getString("sku")).body())
                .contains(dell.getString("slug"));
        assertThat(Api.get("/api/v1/products?search=BAR123").body()).contains(dell.getString("slug"));
    }

    @Test
    void theShopFrontendsNamesAndListsAreAccepted() {
        JsonObject asus = catalog.product(ProductBody.of(id(laptops), "VivoBook", "315000")
                .brand("Asus")
                .characteristics("Écran 15,6 pouces\nRyzen 5 7520U"));
        JsonObject acer =
                catalog.product(ProductBody.of(id(laptops), "Aspire", "295000").brand("Acer"));
        JsonObject gone = catalog.product(ProductBody.of(id(laptops), "Travelmate", "295000")
                .brand("Acer")
                .stockQuantity(0));

        assertThat(slugs("%20ryzen")).as("characteristics are searched").containsExactly(asus.getString("slug"));
        assertThat(slugs("&brand=asus,%20ACER"))
                .containsExactlyInAnyOrder(asus.getString("slug"), acer.getString("slug"), gone.getString("slug"));
        assertThat(slugs("&is_in_stock=false")).containsExactly(gone.getString("slug"));
        assertThat(slugs("&is_in_stock=true&in_stock=true"))
                .containsExactlyInAnyOrder(asus.getString("slug"), acer.getString("slug"));
        assertFailure(Api.get("/api/v1/products?in_stock=true&is_in_stock=false"), 400, "validation_error");
        String tooMany = java.util.stream.IntStream.rangeClosed(1, 21)
                .mapToObj(n -> "marque" + n)
                .collect(java.util.stream.Collectors.joining(","));
        assertFailure(Api.get("/api/v1/products?brand=" + tooMany), 400, "validation_error");

        JsonObject item = Api.get("/api/v1/products?search=vivobook%20" + catalog.tag)
                .data()
                .getJsonArray("results")
                .getJsonObject(0);
        assertThat(item.getBoolean("is_in_stock"))
                .isEqualTo(item.getBoolean("in_stock"))
                .isTrue();
        JsonObject detail =
                Api.get("/api/v1/products/" + asus.getString("slug")).data();
        assertThat(detail.getString("characteristics")).isEqualTo("Écran 15,6 pouces\nRyzen 5 7520U");
        assertThat(detail.getString("category_slug")).isEqualTo(laptops.getString("slug"));
        assertThat(detail.getString("category_name")).isEqualTo(laptops.getString("name"));
    }

    @Test
    void aProductCannotTakeTheSlugOfAFixedPath() {
        ApiResponse named = Api.post(
                "/api/v1/products",
                Json.object("name", "Stats", "category", id(laptops), "price", "1000"),
                catalog.staff);
        ApiResponse chosen = Api.post(
                "/api/v1/products",
                Json.object("name", "Autre", "slug", "recent", "category", id(laptops), "price", "1000"),
                catalog.staff);

        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        assertThat(named.data().getString("slug")).startsWith("stats-");
        assertFailure(chosen, 409, "conflict");
        assertThat(Api.get("/api/v1/products/stats").data().keySet()).contains("total_products");
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        for (String bad : new String[] {
            "category=abc", "category=999999999", "category_slug=no-such-slug", "min_price=cheap", "max_price=1,5",
            "in_stock=maybe", "is_featured=2", "has_discount=yes-no", "created_after=yesterday",
                    "created_before=2026-13-01",
            "ordering=cost_price", "page_size=x"
        }) {
            ApiResponse response = Api.get("/api/v1/products?" + bad);
            assertFailure(response, 400, "validation_error");
            assertThat(response.json()
                            .getJsonObject("error")
                            .getJsonObject("fields")
                            .keySet())
                    .as(bad)
                    .containsExactly(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void orderingFollowsTheAllowedFields() {
        JsonObject cheap = catalog.product(ProductBody.of(id(laptops), "Bb", "1000"));
        JsonObject dear = catalog.product(ProductBody.of(id(laptops), "Aa", "9000"));

        assertThat(slugs("&ordering=price")).containsExactly(cheap.getString("slug"), dear.getString("slug"));
        assertThat(slugs("&ordering=-price")).containsExactly(dear.getString("slug"), cheap.getString("slug"));
        assertThat(slugs("&ordering=name")).containsExactly(dear.getString("slug"), cheap.getString("slug"));
        assertThat(slugs("")).containsExactly(dear.getString("slug"), cheap.getString("slug")); // newest first
    }

    @Test
    void brandAndStockOrderTheListToo() {
        JsonObject few = catalog.product(
                ProductBody.of(id(laptops), "Peu", "1000").brand("Zed").stockQuantity(2));
        JsonObject many = catalog.product(
                ProductBody.of(id(laptops), "Beaucoup", "1000").brand("Acer").stockQuantity(40));

        assertThat(slugs("&ordering=brand")).containsExactly(many.getString("slug"), few.getString("slug"));
        assertThat(slugs("&ordering=stock_quantity")).containsExactly(few.getString("slug"), many.getString("slug"));
        assertThat(slugs("&ordering=-stock_quantity")).containsExactly(many.getString("slug"), few.getString("slug"));
        assertThat(slugs("&ordering=category_name")).hasSize(2);
    }

    @Test
    void staffListsCarryTheActiveFlagAndCountersWhichShoppersNeverGet() {
        String hidden = catalog.product(
                        ProductBody.of(id(laptops), "Caché", "1000").inactive())
                .getString("slug");
        String seen = catalog.product(ProductBody.of(id(laptops), "Vu", "1000")).getString("slug");
        Api.post("/api/v1/products/" + seen + "/track_whatsapp_click", "");
        String list = "/api/v1/products?page_size=100&ordering=name&search=" + catalog.tag;

        List<JsonObject> staffItems =
                Api.get(list, catalog.staff).data().getJsonArray("results").getValuesAs(JsonObject.class);
        JsonObject publicItem = Api.get(list + "&nocache=" + System.nanoTime())
                .data()
                .getJsonArray("results")
                .getJsonObject(0);

        assertThat(staffItems).extracting(item -> item.getString("slug")).containsExactly(hidden, seen);
        assertThat(staffItems.get(0).getBoolean("is_active")).isFalse();
        assertThat(staffItems.get(1).getBoolean("is_active")).isTrue();
        assertThat(staffItems.get(1).getJsonNumber("whatsapp_click_count").longValue())
                .isEqualTo(1);
        assertThat(staffItems.get(1).getJsonNumber("view_count").longValue()).isZero();
        assertThat(publicItem.getString("slug")).isEqualTo(seen);
        assertThat(publicItem.keySet())
                .contains("in_stock", "created_at")
                .doesNotContain("is_active", "view_count", "whatsapp_click_count");
    }

    @Test
    void theShowcasesListActiveInStockProducts() {
        JsonObject onSale =
                catalog.product(ProductBody.of(id(laptops), "Promo", "8000").compareAtPrice("10000"));
        JsonObject outOfStock = catalog.product(ProductBody.of(id(laptops), "Rupture", "8000")
                .compareAtPrice("10000")
                .stockQuantity(0));
        String clicked =
                catalog.product(ProductBody.of(id(laptops), "Cliqué", "8000")).getString("slug");
        for (int i = 0; i < 3; i++) {
            Api.post("/api/v1/products/" + clicked + "/track_whatsapp_click", "");
        }

        String sale = Api.get("/api/v1/products/on_sale?page_size=100&nocache=" + System.nanoTime())
                .body();
        assertThat(sale).contains(onSale.getString("slug")).doesNotContain(outOfStock.getString("slug"));
        assertThat(Api.get("/api/v1/products/new_arrivals?page_size=100&nocache=" + System.nanoTime())
                        .body())
                .contains(clicked);
        JsonObject best = Api.get("/api/v1/products/best_sellers?page_size=1&nocache=" + System.nanoTime())
                .data();
        assertThat(best.getJsonArray("results").getJsonObject(0).getString("slug"))
                .isNotEqualTo(outOfStock.getString("slug"));
        for (String showcase : new String[] {"featured", "recommended"}) {
            ApiResponse page = Api.get("/api/v1/products/" + showcase + "/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.data().keySet()).containsExactly("count", "next", "previous", "results");
        }
    }

    @Test
    void viewsAreCountedByTrackViewNotByReadingTheDetailAndClicksAreCounted() {
        JsonObject product = catalog.product(ProductBody.of(id(laptops), "Compté", "1000"));
        String slug = product.getString("slug");

        assertThat(Api.get("/api/v1/products/" + slug).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/products/" + product.getJsonNumber("id")).status())
                .isEqualTo(200);
        ApiResponse view = Api.post("/api/v1/products/" + slug + "/track_view/", "");
        ApiResponse click = Api.post("/api/v1/products/" + slug + "/track_whatsapp_click", "");
        ApiResponse djangoClick = Api.post("/api/v1/products/" + slug + "/track_click/", "");

        assertThat(view.data().getInt("view_count")).isEqualTo(1);
        assertThat(click.data().getInt("whatsapp_click_count")).isEqualTo(1);
        assertThat(djangoClick.data().getInt("whatsapp_click_count")).isEqualTo(2);
        Await.until(
                () -> TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", slug) > 0,
                Duration.ofSeconds(10));
        assertThat(TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", slug))
                .as("the two detail reads counted nothing")
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT coalesce(sum(d.views), 0) FROM product_view_day d JOIN product p ON p.id = d.product_id"
                                + " WHERE p.slug = ? AND d.day = current_date",
                        slug))
                .as("scoring's 30-day window sees the view")
                .isEqualTo(1);
        assertFailure(Api.post("/api/v1/products/no-such-product/track_whatsapp_click", ""), 404, "not_found");
        assertFailure(Api.post("/api/v1/products/no-such-product/track_view", ""), 404, "not_found");
    }

    @Test
    void thePriceOfAQuantity() {
        String slug =
                catalog.product(ProductBody.of(id(laptops), "Souris", "15000")).getString("slug");

        JsonObject price =
                Api.get("/api/v1/products/" + slug + "/price?quantity=3").data();

        assertThat(price.getString("unit_price")).isEqualTo("15000.00");
        assertThat(price.getString("final_unit_price")).isEqualTo("15000.00");
        assertThat(price.getInt("quantity")).isEqualTo(3);
        assertThat(price.getString("total")).isEqualTo("45000.00");
        assertThat(price.getString("discount_total")).isEqualTo("0.00");
        for (String bad : new String[] {"0", "-1", "abc", "10001"}) {
            assertFailure(Api.get("/api/v1/products/" + slug + "/price?quantity=" + bad), 400, "validation_error");
        }
    }

    @Test
    void staffDateThePublication() {
        JsonObject product =
                catalog.product(ProductBody.of(id(laptops), "Daté", "1000").publishedAt("2026-01-15T10:00:00Z"));
        String path = "/api/v1/products/" + product.getString("slug");

        ApiResponse unchanged = Api.patch(path, Json.object("name", "Daté autrement"), catalog.staff);
        ApiResponse moved = Api.patch(path, Json.object("published_at", "2026-03-01T08:30:00Z"), catalog.staff);
        ApiResponse kept = Api.patch(path, Json.object("published_at", null), catalog.staff);

        assertThat(product.getString("published_at")).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(unchanged.data().getString("published_at")).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(moved.data().getString("published_at")).isEqualTo("2026-03-01T08:30:00Z");
        assertThat(kept.data().getString("published_at"))
                .as("null keeps the date")
                .isEqualTo("2026-03-01T08:30:00Z");
        assertFailure(Api.patch(path, Json.object("published_at", "demain"), catalog.staff), 400, "validation_error");
        assertThat(Api.get(path, catalog.staff).data().getString("published_at"))
                .isEqualTo("2026-03-01T08:30:00Z");
    }

    @Test
    void putPatchAndDelete() {
        JsonObject product =
                catalog.product(ProductBody.of(id(laptops), "Original", "1000").brand("Acer"));
        String slug = product.getString("slug");

        ApiResponse patched = Api.patch("/api/v1/products/" + slug, Json.object("name", "Renommé"), catalog.staff);
        ApiResponse put = Api.send(
                "PUT",
                "/api/v1/products/" + slug,
                ProductBody.of(id(parent), "Remplacé", "2000").json(),
                "Content-Type",
                "application/json",
                catalog.staff[0],
                catalog.staff[1]);
        ApiResponse deleted = Api.send("DELETE", "/api/v1/products/" + slug, null, catalog.staff);

        assertThat(patched.data().getString("name")).isEqualTo("Renommé");
        assertThat(patched.data().getString("brand")).isEqualTo("Acer");
        assertThat(patched.data().getString("slug")).isEqualTo(slug);
        assertThat(put.data().getString("price")).isEqualTo("2000.00");
        assertThat(put.data().isNull("brand")).isTrue();
        assertThat(deleted.status()).isEqualTo(200);
        assertFailure(Api.get("/api/v1/products/" + slug, catalog.staff), 404, "not_found");
        assertFailure(Api.patch("/api/v1/products/" + slug, Json.object("name", "x"), catalog.staff), 404, "not_found");
    }

    @Test
    void bulkActionsApplyToTheGivenProducts() {
        long first = id(catalog.product(ProductBody.of(id(laptops), "Lot 1", "1000")));
        long second = id(catalog.product(ProductBody.of(id(laptops), "Lot 2", "1000")));

        ApiResponse deactivated =
                Api.post("/api/v1/products/bulk", BulkAction.of("deactivate", first, second, 999999999), catalog.staff);
        ApiResponse outOfStock =
                Api.post("/api/v1/products/bulk", BulkAction.of("mark_out_of_stock", first), catalog.staff);

        assertThat(deactivated.data().getInt("updated")).isEqualTo(2);
        assertThat(slugs("")).isEmpty();
        assertThat(outOfStock.data().getInt("updated")).isEqualTo(1);
        assertThat(Api.get("/api/v1/products/" + first, catalog.staff).data().getBoolean("in_stock"))
                .isFalse();
        assertFailure(
                Api.post("/api/v1/products/bulk", BulkAction.of("explode", 1), catalog.staff), 400, "validation_error");
        assertFailure(
                Api.post("/api/v1/products/bulk", BulkAction.of("activate"), catalog.staff), 400, "validation_error");
        assertFailure(Api.post("/api/v1/products/bulk", BulkAction.of("activate", 1)), 401, "not_authenticated");
    }
}
