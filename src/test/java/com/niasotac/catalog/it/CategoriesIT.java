package com.niasotac.catalog.it;

import static com.niasotac.catalog.it.CatalogApi.id;
import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestImages;
import com.niasotac.testdata.CategoryBody;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The category endpoints of the contract, each with its happy path and its bad input. */
@ExtendWith(ArquillianExtension.class)
class CategoriesIT {

    CatalogApi catalog;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void staff() {
        catalog = new CatalogApi();
    }

    static java.util.Set<String> fields(ApiResponse response) {
        return response.json().getJsonObject("error").getJsonObject("fields").keySet();
    }

    @Test
    void slugsAreTransliteratedAndNumberedOnCollision() {
        JsonObject first = catalog.category("Écrans & Moniteurs", null);
        ApiResponse twin =
                Api.post("/api/v1/categories", Json.object("name", "Écrans & Moniteurs " + catalog.tag), catalog.staff);

        assertThat(first.getString("slug")).isEqualTo("ecrans-moniteurs-" + catalog.tag);
        assertThat(twin.data().getString("slug")).isEqualTo("ecrans-moniteurs-" + catalog.tag + "-1");
        assertThat(first.getInt("level")).isZero();
        assertThat(first.getString("full_path")).isEqualTo("Écrans & Moniteurs " + catalog.tag);
    }

    @Test
    void aCategoryAnswersToItsAliasesInLookupsAndFiltersAndAnAliasBelongsToOneCategory() {
        String alias = "ordis-" + catalog.tag;
        ApiResponse created = Api.post(
                "/api/v1/categories",
                CategoryBody.named("Ordinateurs " + catalog.tag).aliases(alias),
                catalog.staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject category = created.data();
        JsonObject product = catalog.product(ProductBody.of(id(category), "Portable", "250000"));

        assertThat(category.getJsonArray("aliases").getString(0)).isEqualTo(alias);
        assertThat(Api.get("/api/v1/categories/" + alias).data().getString("slug"))
                .isEqualTo(category.getString("slug"));
        assertThat(Api.get("/api/v1/products?category_slug=" + alias).body()).contains(product.getString("slug"));
        assertThat(Api.get("/api/v1/categories/" + alias + "/products").body()).contains(product.getString("slug"));

        ApiResponse taken = Api.post(
                "/api/v1/categories", CategoryBody.named("Autre " + catalog.tag).aliases(alias), catalog.staff);
        assertFailure(taken, 409, "conflict");
        assertThat(fields(taken)).containsExactly("aliases");
        assertFailure(
                Api.patch(
                        "/api/v1/categories/" + category.getString("slug"),
                        CategoryBody.changes()
                                .aliases(catalog.category("Voisine", null).getString("slug")),
                        catalog.staff),
                409,
                "conflict");
        ApiResponse sameName = Api.post("/api/v1/categories", Json.object("name", alias), catalog.staff);
        assertThat(sameName.data().getString("slug"))
                .as("a generated slug avoids aliases")
                .isEqualTo(alias + "-1");

        ApiResponse cleared = Api.patch(
                "/api/v1/categories/" + category.getString("slug"),
                CategoryBody.changes().aliases(),
                catalog.staff);
        assertThat(cleared.data().getJsonArray("aliases")).isEmpty();
        assertFailure(Api.get("/api/v1/categories/" + alias), 404, "not_found");
    }

    @Test
    void badCategoriesAre400AnonymousWritesAre401() {
        ApiResponse bad = Api.post(
                "/api/v1/categories",
                Json.object("name", "", "slug", "Not A Slug", "parent", 999999999),
                catalog.staff);
        JsonObject taken = catalog.category("Pris", null);

        assertFailure(bad, 400, "validation_error");
        assertThat(fields(bad)).contains("name", "slug");
        assertFailure(
                Api.post("/api/v1/categories", Json.object("name", "Orphelin", "parent", 999999999), catalog.staff),
                400,
                "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/categories",
                        Json.object("name", "Doublon", "slug", taken.getString("slug")),
                        catalog.staff),
                409,
                "conflict");
        assertFailure(Api.post("/api/v1/categories", Json.object("name", "Anonyme")), 401, "not_authenticated");
    }

    @Test
    void theTreeCountsActiveProductsOfTheWholeSubtree() {
        JsonObject root = catalog.category("Racine", null);
        JsonObject child = catalog.category("Enfant", id(root));
        JsonObject grandchild = catalog.category("Petit-enfant", id(child));
        catalog.product(ProductBody.of(id(child), "Actif", "1000"));
        catalog.product(ProductBody.of(id(grandchild), "Actif aussi", "1000"));
        catalog.product(ProductBody.of(id(grandchild), "Inactif", "1000").inactive());

        JsonObject node = findNode(Api.get("/api/v1/categories/tree").json().getJsonArray("data"), id(root));

        assertThat(node.getInt("product_count")).isEqualTo(2);
        JsonObject childNode = node.getJsonArray("children").getJsonObject(0);
        assertThat(childNode.getInt("product_count")).isEqualTo(2);
        assertThat(childNode.getJsonArray("children").getJsonObject(0).getInt("product_count"))
                .isEqualTo(1);
        assertThat(Api.get("/api/v1/categories/minimal").body())
                .contains("\"full_path\":\"Racine " + catalog.tag + " > Enfant " + catalog.tag + "\"");
    }

    static JsonObject findNode(jakarta.json.JsonArray nodes, long id) {
        for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
            if (node.getJsonNumber("id").longValue() == id) {
                return node;
            }
            JsonObject found = findNode(node.getJsonArray("children"), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void theDetailShowsParentChildrenAndBreadcrumbBySlugOrId() {
        JsonObject root = catalog.category("Ordinateurs", null);
        JsonObject child = catalog.category("Portables", id(root));
        catalog.category("Gaming", id(child));

        JsonObject bySlug =
                Api.get("/api/v1/categories/" + child.getString("slug")).data();
        JsonObject byId = Api.get("/api/v1/categories/" + id(child)).data();

        assertThat(byId).isEqualTo(bySlug);
        assertThat(bySlug.getJsonObject("parent").getString("slug")).isEqualTo(root.getString("slug"));
        assertThat(bySlug.getJsonArray("children")).hasSize(1);
        assertThat(bySlug.getJsonArray("breadcrumb").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("slug")))
                .containsExactly(root.getString("slug"), child.getString("slug"));
        assertThat(bySlug.getString("full_path"))
                .isEqualTo("Ordinateurs " + catalog.tag + " > Portables " + catalog.tag);
        assertFailure(Api.get("/api/v1/categories/no-such-category"), 404, "not_found");
    }

    @Test
    void theListFiltersAndOrders() {
        JsonObject main = Api.post(
                        "/api/v1/categories",
                        Json.object("name", "Imprimantes " + catalog.tag, "is_main_category", true),
                        catalog.staff)
                .data();
        JsonObject empty = catalog.category("Encre", id(main));
        JsonObject full = catalog.category("Toner", id(main));
        catalog.product(ProductBody.of(id(full), "Cartouche", "5000"));
        String search = "&search=" + catalog.tag;

        assertThat(slugs("?is_main=true" + search)).containsExactly(main.getString("slug"));
        assertThat(slugs("?has_products=false&level=1" + search)).containsExactly(empty.getString("slug"));
        assertThat(slugs("?parent=" + id(main) + "&ordering=-product_count" + search))
                .containsExactly(full.getString("slug"), empty.getString("slug"));
        assertThat(slugs("?search=IMPRIMANTES%20" + catalog.tag.toUpperCase())).containsExactly(main.getString("slug"));
        for (String bad :
                new String[] {"is_main=maybe", "has_products=2", "level=x", "parent=abc", "ordering=secret", "page=0"
                }) {
            ApiResponse response = Api.get("/api/v1/categories?" + bad);
            assertFailure(response, 400, "validation_error");
            assertThat(fields(response)).containsExactly(bad.substring(0, bad.indexOf('=')));
        }
    }

    java.util.List<String> slugs(String query) {
        return Api.get("/api/v1/categories" + query)
                .data()
                .getJsonArray("results")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("slug"))
                .toList();
    }

    @Test
    void categoryProductsIncludeDescendantsButNotInactiveProducts() {
        JsonObject root = catalog.category("Accessoires", null);
        JsonObject child = catalog.category("Souris", id(root));
        JsonObject direct = catalog.product(ProductBody.of(id(root), "Sacoche", "9000"));
        JsonObject nested = catalog.product(ProductBody.of(id(child), "Souris", "4000"));
        catalog.product(ProductBody.of(id(child), "Retirée", "4000").inactive());

        JsonObject page = Api.get("/api/v1/categories/" + root.getString("slug") + "/products")
                .data();

        assertThat(page.getInt("count")).isEqualTo(2);
        assertThat(page.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getString("slug")))
                .containsExactlyInAnyOrder(direct.getString("slug"), nested.getString("slug"));
        assertFailure(Api.get("/api/v1/categories/unknown-category/products"), 404, "not_found");
    }

    @Test
    void renamingAndMovingRewriteTheSubtreeButACycleIsRefused() {
        JsonObject a = catalog.category("A", null);
        JsonObject b = catalog.category("B", id(a));
        JsonObject c = catalog.category("C", id(b));
        JsonObject other = catalog.category("Autre", null);

        ApiResponse renamed = Api.patch(
                "/api/v1/categories/" + a.getString("slug"),
                Json.object("name", "Alpha " + catalog.tag),
                catalog.staff);
        ApiResponse moved = Api.patch(
                "/api/v1/categories/" + b.getString("slug"), Json.object("parent", (int) id(other)), catalog.staff);
        ApiResponse cycle = Api.patch(
                "/api/v1/categories/" + a.getString("slug"), Json.object("parent", (int) id(a)), catalog.staff);

        assertThat(renamed.data().getString("slug")).isEqualTo(a.getString("slug"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject movedChild =
                Api.get("/api/v1/categories/" + c.getString("slug")).data();
        assertThat(movedChild.getString("full_path"))
                .isEqualTo("Autre " + catalog.tag + " > B " + catalog.tag + " > C " + catalog.tag);
        assertThat(movedChild.getInt("level")).isEqualTo(2);
        assertFailure(cycle, 400, "validation_error");
        ApiResponse underDescendant = Api.patch(
                "/api/v1/categories/" + other.getString("slug"), Json.object("parent", (int) id(c)), catalog.staff);
        assertFailure(underDescendant, 400, "validation_error");
        assertThat(fields(underDescendant)).containsExactly("parent");
        assertFailure(
                Api.patch(
                        "/api/v1/categories/" + a.getString("slug"), "{\"is_main_category\": \"oui\"}", catalog.staff),
                400,
                "validation_error");
    }

    @Test
    void onlyEmptyCategoriesCanBeDeleted() {
        JsonObject parent = catalog.category("Parent", null);
        JsonObject withProduct = catalog.category("Avec produit", id(parent));
        catalog.product(ProductBody.of(id(withProduct), "Occupant", "1000"));
        JsonObject empty = catalog.category("Vide", null);

        assertFailure(
                Api.send("DELETE", "/api/v1/categories/" + withProduct.getString("slug"), null, catalog.staff),
                409,
                "conflict");
        assertFailure(
                Api.send("DELETE", "/api/v1/categories/" + parent.getString("slug"), null, catalog.staff),
                409,
                "conflict");
        assertThat(Api.send("DELETE", "/api/v1/categories/" + empty.getString("slug"), null, catalog.staff)
                        .status())
                .isEqualTo(200);
        assertFailure(Api.get("/api/v1/categories/" + empty.getString("slug")), 404, "not_found");
    }

    @Test
    void iconsAreCheckedByContentAndServed() throws Exception {
        String path = "/api/v1/categories/" + catalog.category("Icônes", null).getString("slug") + "/icon";
        byte[] png = TestImages.png(64, 64);

        ApiResponse uploaded = catalog.upload("PUT", path, "icon.png", "image/png", png, Map.of());
        ApiResponse script = catalog.upload(
                "PUT",
                path,
                "icon.svg",
                "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                Map.of());
        ApiResponse text = catalog.upload(
                "PUT", path, "icon.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8), Map.of());
        ApiResponse none = catalog.upload("PUT", path, null, null, null, Map.of("alt_text", "x"));
        ApiResponse huge = catalog.upload("PUT", path, "big.png", "image/png", new byte[5 * 1024 * 1024 + 1], Map.of());

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        String url = uploaded.data().getString("icon_url");
        assertThat(url).startsWith(Api.BASE_URL + "/media/categories/").endsWith(".png");
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.body()).isEqualTo(png);
        assertFailure(script, 400, "validation_error");
        assertFailure(text, 400, "validation_error");
        assertFailure(none, 400, "validation_error");
        assertFailure(huge, 413, "payload_too_large");
    }
}
