package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Anonymous catalog reads are served from a short cache that every write clears. */
@ExtendWith(ArquillianExtension.class)
class PublicCacheIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRepeatedAnonymousListIsServedFromTheCacheUntilAWriteClearsIt() {
        TestCatalog.Category category = TestCatalog.category("Cache");
        TestCatalog.products(category, 2);
        String list = "/api/v1/products?category_slug=" + category.slug();
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("cache-staff", "staff", true)));

        ApiResponse first = Api.get(list);
        ApiResponse second = Api.get(list);
        assertThat(first.header("X-Cache")).contains("MISS");
        assertThat(second.header("X-Cache")).contains("HIT");
        assertThat(second.body()).isEqualTo(first.body());

        ApiResponse renamed =
                Api.patch("/api/v1/products/" + category.slug() + "-1", Json.object("name", "Renommé"), staff);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        ApiResponse afterWrite = Api.get(list);
        assertThat(afterWrite.header("X-Cache")).contains("MISS");
        assertThat(afterWrite.body()).contains("Renommé");
    }

    @Test
    void aHitCarriesTheHeadersOfAnyAnswer() {
        TestCatalog.Category category = TestCatalog.category("Cache headers");
        TestCatalog.products(category, 1);
        String list = "/api/v1/products?category_slug=" + category.slug();
        String origin = System.getProperty("it.cors.origin");

        ApiResponse miss = Api.get(list, "Origin", origin);
        ApiResponse hit = Api.get(list, "Origin", origin, "X-Request-ID", "shop-proxy-0001");
        ApiResponse foreign = Api.get(list, "Origin", "https://attacker.example");

        assertThat(miss.header("X-Cache")).contains("MISS");
        assertThat(hit.header("X-Cache")).contains("HIT");
        assertThat(hit.body()).isEqualTo(miss.body());
        assertThat(miss.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(hit.header("Content-Type")).isEqualTo(miss.header("Content-Type"));
        assertThat(hit.header("X-Request-ID")).contains("shop-proxy-0001");
        assertThat(hit.header("Access-Control-Allow-Origin")).contains(origin);
        assertThat(hit.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(hit.header("Vary")).contains("Origin");
        assertThat(foreign.header("X-Cache")).contains("HIT");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.header("X-Request-ID"))
                .hasValueSatisfying(
                        id -> assertThat(id).isNotEqualTo("shop-proxy-0001").hasSize(36));
    }

    @Test
    void aQueryIsKeptAsItWasWrittenNotAsItDecodes() {
        TestCatalog.Category category = TestCatalog.category("Cache encoding");
        TestCatalog.products(category, 1);
        String plain = "/api/v1/products?category_slug=" + category.slug() + "&page_size=1";
        String encoded = "/api/v1/products?category_slug=" + category.slug() + "%26page_size%3D1";

        assertThat(Api.get(plain).status()).isEqualTo(200);
        assertThat(Api.get(plain).header("X-Cache")).contains("HIT");
        ApiResponse other = Api.get(encoded); // the slug "<slug>&page_size=1": no such category

        assertThat(other.status()).as(other.toString()).isEqualTo(400);
        assertThat(other.header("X-Cache")).isEmpty();
    }

    @Test
    void signedInReadsAndErrorsAreNeverCached() {
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("cache-staff", "staff", true)));

        Api.get("/api/v1/products?page_size=3", staff);
        assertThat(Api.get("/api/v1/products?page_size=3", staff).header("X-Cache"))
                .isEmpty();
        assertThat(Api.get("/api/v1/products?page_size=abc").status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/products?page_size=abc").header("X-Cache")).isEmpty();
    }
}
