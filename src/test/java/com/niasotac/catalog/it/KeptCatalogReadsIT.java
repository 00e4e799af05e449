package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads kept until the catalog changes (the counts of filtered product lists, category lists, the tree and
 * categories by slug): whatever writes the catalog (the API, or SQL as the importer and psql do), the next read
 * answers what the database holds; writes that change nothing they show (view counts) and writes rolled back
 * keep them.
 */
@ExtendWith(ArquillianExtension.class)
class KeptCatalogReadsIT {

    private static final String GENERATION = "SELECT generation FROM catalog_generation";

    /** Made per test instance: after Arquillian has deployed (and so migrated) the application. */
    private final String[] reader =
            Api.bearer(Tokens.access(TestDatabase.createUser("filtered-reader", "staff", true)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void searchAndBrandCountsFollowSqlWritesAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Comptes filtrés");
        TestCatalog.products(shelf, 5);
        String word = "mot" + UUID.randomUUID().toString().substring(0, 8);
        String brand = "Marque" + UUID.randomUUID().toString().substring(0, 8);
        String search = "/api/v1/products?search=" + word;
        String byBrand = "/api/v1/products?brand=" + brand;
        assertThat(uncachedCount(search)).isZero();
        assertThat(uncachedCount(byBrand)).isZero();

        TestDatabase.update(
                "UPDATE product SET name = name || ' ' || ?, brand = ? WHERE slug IN (?, ?)",
                word,
                brand,
                shelf.slug() + "-1",
                shelf.slug() + "-2");
        assertThat(uncachedCount(search)).isEqualTo(2);
        assertThat(uncachedCount(byBrand)).isEqualTo(2);

        TestDatabase.update("UPDATE product SET is_active = false WHERE slug = ?", shelf.slug() + "-1");
        assertThat(uncachedCount(search)).isEqualTo(1);
        TestDatabase.update("DELETE FROM product WHERE slug = ?", shelf.slug() + "-2");
        assertThat(uncachedCount(search)).isZero();
        assertThat(uncachedCount(byBrand)).isZero();
    }

    @Test
    void apiWritesChangeTheCountsAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Comptes API filtrés");
        TestCatalog.products(shelf, 4);
        String brand = "Marque" + UUID.randomUUID().toString().substring(0, 8);
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("filtered-staff", "staff", true)));
        String byBrand = "/api/v1/products?brand=" + brand;
        assertThat(count(byBrand)).isZero();

        for (int n = 1; n <= 3; n++) {
            assertThat(Api.patch("/api/v1/products/" + shelf.slug() + "-" + n, Json.object("brand", brand), staff)
                            .status())
                    .isEqualTo(200);
            assertThat(count(byBrand)).isEqualTo(n);
        }
        assertThat(Api.patch("/api/v1/products/" + shelf.slug() + "-3", Json.object("is_active", false), staff)
                        .status())
                .isEqualTo(200);
        assertThat(count(byBrand)).isEqualTo(2);
        assertThat(Api.get(byBrand, staff).data().getInt("count")).isEqualTo(3);
    }

    @Test
    void viewCountsAndRolledBackWritesLeaveTheGenerationAlone() throws SQLException {
        TestCatalog.Category shelf = TestCatalog.category("Comptes vus");
        TestCatalog.products(shelf, 3);
        String search = "/api/v1/products?search=" + shelf.slug() + "&in_stock=true";
        assertThat(uncachedCount(search)).isEqualTo(3);
        long before = TestDatabase.count(GENERATION);

        TestDatabase.update(
                "UPDATE product SET view_count = view_count + 7, whatsapp_click_count = whatsapp_click_count + 1"
                        + " WHERE category_id = ?",
                shelf.id());
        assertThat(Api.post("/api/v1/products/" + shelf.slug() + "-1/track_view/", "")
                        .status())
                .isEqualTo(200);
        assertThat(TestDatabase.count(GENERATION)).isEqualTo(before);

        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            TestDatabase.update(
                    c, "UPDATE product SET in_stock = false, stock_quantity = 0 WHERE category_id = ?", shelf.id());
            c.rollback();
        }
        assertThat(TestDatabase.count(GENERATION)).isEqualTo(before);
        assertThat(uncachedCount(search)).isEqualTo(3);

        TestDatabase.update(
                "UPDATE product SET stock_quantity = 0, in_stock = false WHERE slug = ?", shelf.slug() + "-1");
        assertThat(TestDatabase.count(GENERATION)).isEqualTo(before + 1);
        assertThat(uncachedCount(search)).isEqualTo(2);
    }

    @Test
    void movingACategoryMovesItsProductsBetweenFilteredLists() {
        TestCatalog.Category parent = TestCatalog.category("Rayon parent");
        TestCatalog.Category child = TestCatalog.category("Rayon enfant");
        TestCatalog.products(child, 3);
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("move-staff", "staff", true)));
        // A search too: a category alone is counted from the kept per-category counts, not here.
        String underParent = "/api/v1/products?category_slug=" + parent.slug() + "&search=" + child.slug();
        assertThat(count(underParent)).isZero();

        assertThat(Api.patch("/api/v1/categories/" + child.slug(), Json.object("parent", parent.id()), staff)
                        .status())
                .isEqualTo(200);
        assertThat(count(underParent)).isEqualTo(3);

        assertThat(Api.patch("/api/v1/categories/" + child.slug(), Json.object("parent", null), staff)
                        .status())
                .isEqualTo(200);
        assertThat(count(underParent)).isZero();
    }

    @Test
    void categoryReadsFollowSqlWritesAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Rayon gardé");
        TestCatalog.products(shelf, 2);
        String byName = "/api/v1/categories?slug=" + shelf.slug();
        String alias = "alias-" + shelf.slug();
        assertThat(Api.get(byName, reader)
                        .data()
                        .getJsonArray("results")
                        .getJsonObject(0)
                        .getInt("product_count"))
                .isEqualTo(2);
        assertThat(treeNode(shelf.slug()).getString("name")).isEqualTo("Rayon gardé");
        assertThat(Api.get("/api/v1/categories/" + alias, reader).status()).isEqualTo(404);

        TestDatabase.update("UPDATE category SET name = 'Rayon renommé' WHERE id = ?", shelf.id());
        TestDatabase.update("UPDATE product SET is_active = false WHERE slug = ?", shelf.slug() + "-1");
        TestDatabase.update("INSERT INTO category_alias (slug, category_id) VALUES (?, ?)", alias, shelf.id());

        var listed = Api.get(byName, reader).data().getJsonArray("results").getJsonObject(0);
        assertThat(listed.getString("name")).isEqualTo("Rayon renommé");
        assertThat(listed.getInt("product_count")).isEqualTo(1);
        assertThat(treeNode(shelf.slug()).getString("name")).isEqualTo("Rayon renommé");
        assertThat(Api.get("/api/v1/categories/" + alias, reader).data().getString("slug"))
                .isEqualTo(shelf.slug());
    }

    @Test
    void publicPagesFollowSqlWritesToWhatTheyShowAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Pages gardées");
        TestCatalog.products(shelf, 2);
        String slug = shelf.slug() + "-1";
        String page = "/api/v1/products?category_slug=" + shelf.slug();
        assertThat(item(page, slug).getString("short_description", "")).isNotEqualTo("Résumé changé");

        TestDatabase.update(
                "UPDATE product SET short_description = 'Résumé changé', compare_at_price = NULL WHERE slug = ?", slug);
        jakarta.json.JsonObject changed = item(page, slug);
        assertThat(changed.getString("short_description")).isEqualTo("Résumé changé");
        assertThat(changed.isNull("compare_at_price")).isTrue();

        String image = "products/moved-" + UUID.randomUUID() + ".png";
        TestDatabase.update(
                "UPDATE product_image SET storage_key = ? WHERE product_id = (SELECT id FROM product WHERE slug = ?)",
                image,
                slug);
        assertThat(item(page, slug).getString("main_image")).endsWith("/" + image);

        String thumbnail = "products/thumbnail-" + UUID.randomUUID() + ".jpg";
        TestDatabase.update(
                "INSERT INTO product_image_variant"
                        + " (image_id, max_width, width, height, webp_key, webp_bytes, fallback_key, fallback_bytes)"
                        + " SELECT id, 320, 300, 300, ?, 1, ?, 1 FROM product_image WHERE storage_key = ?",
                thumbnail + ".webp",
                thumbnail,
                image);
        assertThat(item(page, slug).getString("main_image_thumbnail")).endsWith("/" + thumbnail);

        TestDatabase.update("UPDATE product SET slug = ? WHERE slug = ?", slug + "-renamed", slug);
        assertThat(item(page, slug + "-renamed").getString("name")).isEqualTo("Produit 1");
    }

    @Test
    void staffPagesAndPagesByViewsFollowEveryProductWriteAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Compteurs gardés");
        TestCatalog.products(shelf, 2);
        String first = shelf.slug() + "-1"; // the older: last of two equal view counts (ties: newest first)
        String staffPage = "/api/v1/products?category_slug=" + shelf.slug();
        String byViews = staffPage + "&ordering=-view_count";
        assertThat(staffItem(staffPage, first).getInt("view_count")).isZero();
        assertThat(firstSlug(byViews, new String[0])).isNotEqualTo(first);
        long generation = TestDatabase.count(GENERATION);

        // The view-count flush writes as this does; the catalog generation stays, the product writes move.
        TestDatabase.update("UPDATE product SET view_count = 90 WHERE slug = ?", first);
        assertThat(TestDatabase.count(GENERATION)).isEqualTo(generation);
        assertThat(staffItem(staffPage, first).getInt("view_count")).isEqualTo(90);
        assertThat(firstSlug(byViews, new String[0])).isEqualTo(first);
        assertThat(firstSlug(byViews, reader)).isEqualTo(first);

        TestDatabase.update("UPDATE product SET whatsapp_click_count = 3, is_active = false WHERE slug = ?", first);
        jakarta.json.JsonObject hidden = staffItem(staffPage, first);
        assertThat(hidden.getInt("whatsapp_click_count")).isEqualTo(3);
        assertThat(hidden.getBoolean("is_active")).isFalse();
        assertThat(firstSlug(byViews, new String[0])).isNotEqualTo(first);
    }

    /** The item of this slug on the page as staff get it (never from the public response cache). */
    private jakarta.json.JsonObject staffItem(String page, String slug) {
        return item(page, slug, reader);
    }

    /**
     * The item of this slug on the page as these headers get it (none: a shopper). A parameter the API ignores
     * makes each URL new, so the public response cache cannot answer; the page kept in memory can.
     */
    private static jakarta.json.JsonObject item(String page, String slug, String... headers) {
        return results(page, headers)
                .filter(item -> item.getString("slug").equals(slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not on " + page));
    }

    private static String firstSlug(String page, String[] headers) {
        return results(page, headers).findFirst().orElseThrow().getString("slug");
    }

    private static java.util.stream.Stream<jakarta.json.JsonObject> results(String page, String[] headers) {
        ApiResponse list = Api.get(page + "&fresh=" + System.nanoTime(), headers);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.data().getJsonArray("results").stream().map(jakarta.json.JsonValue::asJsonObject);
    }

    @Test
    void productPagesFollowSqlWritesAtOnce() {
        TestCatalog.Category shelf = TestCatalog.category("Fiches gardées");
        TestCatalog.products(shelf, 1);
        String detail = "/api/v1/products/" + shelf.slug() + "-1";
        assertThat(publicDetail(detail).getString("description", "")).isNotEqualTo("Nouvelle description");

        // Neither column moves the catalog generation: the row's own version does.
        TestDatabase.update(
                "UPDATE product SET description = 'Nouvelle description', view_count = 41 WHERE slug = ?",
                shelf.slug() + "-1");
        jakarta.json.JsonObject changed = publicDetail(detail);
        assertThat(changed.getString("description")).isEqualTo("Nouvelle description");
        assertThat(changed.getInt("view_count")).isEqualTo(41);

        TestDatabase.update(
                "UPDATE product_image SET alt_text = 'Vue de face' WHERE product_id = (SELECT id FROM product"
                        + " WHERE slug = ?)",
                shelf.slug() + "-1");
        assertThat(publicDetail(detail).getJsonArray("images").getJsonObject(0).getString("alt_text"))
                .isEqualTo("Vue de face");

        TestDatabase.update("UPDATE product SET is_active = false WHERE slug = ?", shelf.slug() + "-1");
        assertThat(Api.get(detail + "?fresh=" + System.nanoTime()).status()).isEqualTo(404);
    }

    /** A product's page as a shopper gets it, never from the public response cache (a new URL each time). */
    private static jakarta.json.JsonObject publicDetail(String path) {
        ApiResponse shown = Api.get(path + "?fresh=" + System.nanoTime());
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        return shown.data();
    }

    /** The root of the tree with this slug, read without the public cache. */
    private jakarta.json.JsonObject treeNode(String slug) {
        return Api.get("/api/v1/categories/tree/", reader).json().getJsonArray("data").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(node -> node.getString("slug").equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private static int count(String path, String... headers) {
        ApiResponse list = Api.get(path, headers);
        assertThat(list.status()).isEqualTo(200);
        return list.data().getInt("count");
    }

    /**
     * The count a signed-in reader gets of active products: never from the public response cache, whose own
     * bound (PUBLIC_CACHE_SECONDS) covers writes the application did not make.
     */
    private int uncachedCount(String path) {
        return count(path + "&is_active=true", reader);
    }
}
