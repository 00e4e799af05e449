package com.niasotac.catalog.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.S3Server;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.ThumbnailBackfillResource;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Product images with {@code STORAGE_BACKEND=s3} against a real S3 API (s3proxy with SigV4): stored in the
 * bucket, served from it, deleted with their row, and no row when the store fails.
 */
@ExtendWith(ArquillianExtension.class)
class ProductImagesOnS3IT {

    CatalogApi catalog;
    JsonObject product;
    String images;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(S3Server.applicationSettings()).addClass(ThumbnailBackfillResource.class);
    }

    JsonObject category;

    @BeforeEach
    void aProduct() {
        S3Server.createBucket();
        catalog = new CatalogApi();
        category = catalog.category("Nuage", null);
        product = catalog.product(ProductBody.of(category.getJsonNumber("id").longValue(), "Stocké", "1000"));
        images = "/api/v1/products/" + product.getString("slug") + "/images";
    }

    /**
     * Its images are on S3 only: left behind, the product would show broken images to the classes after it, whose
     * application keeps media on disk (BackOfficeIT's browser reports every 404 it meets).
     */
    @AfterEach
    void deleteTheProductAndItsImages() {
        assertThat(Api.send("DELETE", "/api/v1/products/" + product.getString("slug"), null, catalog.staff)
                        .status())
                .isEqualTo(200);
        Api.send("DELETE", "/api/v1/categories/" + category.getString("slug"), null, catalog.staff);
    }

    long rows() {
        return TestDatabase.count(
                "SELECT count(*) FROM product_image WHERE product_id = ?",
                product.getJsonNumber("id").longValue());
    }

    @Test
    void anImageIsStoredInTheBucketServedFromItAndDeletedWithItsRow() throws Exception {
        byte[] png = TestImages.png(400, 320);
        ApiResponse uploaded = catalog.upload("POST", images, "photo.png", "application/octet-stream", png, Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String url = uploaded.data().getString("url");
        String key = url.substring(url.indexOf("/media/") + "/media/".length());

        assertThat(S3Server.client()
                        .headObject(r -> r.bucket(S3Server.BUCKET).key(key))
                        .contentType())
                .isEqualTo("image/png");
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);

        long id = uploaded.data().getJsonNumber("id").longValue();
        assertThat(Api.send("DELETE", images + "/" + id, null, catalog.staff).status())
                .isEqualTo(200);
        assertThatThrownBy(() -> S3Server.client()
                        .headObject(r -> r.bucket(S3Server.BUCKET).key(key)))
                .isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void anImagesVariantsAreStoredInTheBucketBesideItAndDeletedWithIt() throws Exception {
        ApiResponse uploaded =
                catalog.upload("POST", images, "photo.jpg", "image/jpeg", TestImages.jpeg(1200, 800), Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonObject thumbnails = uploaded.data().getJsonObject("thumbnails");
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (String size : java.util.List.of("320", "800")) {
            for (String format : java.util.List.of("webp", "fallback")) {
                String url = thumbnails.getJsonObject(size).getString(format);
                keys.add(url.substring(url.indexOf("/media/") + "/media/".length()));
            }
        }
        assertThat(keys.get(0)).endsWith("-320.webp");
        assertThat(S3Server.client()
                        .headObject(r -> r.bucket(S3Server.BUCKET).key(keys.get(0)))
                        .contentType())
                .isEqualTo("image/webp");
        assertThat(S3Server.client()
                        .headObject(r -> r.bucket(S3Server.BUCKET).key(keys.get(1)))
                        .contentType())
                .isEqualTo("image/jpeg");
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        thumbnails.getJsonObject("320").getString("webp")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(com.niasotac.platform.media.ImageInspector.inspect(served.body()))
                .hasValueSatisfying(image -> assertThat(image.width()).isEqualTo(320));

        long id = uploaded.data().getJsonNumber("id").longValue();
        assertThat(Api.send("DELETE", images + "/" + id, null, catalog.staff).status())
                .isEqualTo(200);
        for (String key : keys) {
            assertThatThrownBy(() -> S3Server.client()
                            .headObject(r -> r.bucket(S3Server.BUCKET).key(key)))
                    .as(key)
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    @Test
    void theBackfillReadsTheOriginalFromTheBucketAndStoresTheVariantsThere() {
        ApiResponse uploaded =
                catalog.upload("POST", images, "photo.png", "image/png", TestImages.png(900, 600), Map.of());
        long id = uploaded.data().getJsonNumber("id").longValue();
        String url =
                uploaded.data().getJsonObject("thumbnails").getJsonObject("320").getString("webp");
        String key = url.substring(url.indexOf("/media/") + "/media/".length());
        TestDatabase.count(
                "WITH gone AS (DELETE FROM product_image_variant WHERE image_id = ? RETURNING 1) SELECT count(*) FROM gone",
                id);
        S3Server.client().deleteObject(r -> r.bucket(S3Server.BUCKET).key(key));

        Api.post("/api/v1/test-support/thumbnails/backfill");

        assertThat(TestDatabase.count("SELECT count(*) FROM product_image_variant WHERE image_id = ?", id))
                .isEqualTo(2);
        assertThat(S3Server.client()
                        .headObject(r -> r.bucket(S3Server.BUCKET).key(key))
                        .contentLength())
                .isPositive();
    }

    @Test
    void anSvgIconOnS3CarriesItsTypeAndIsADownloadWhenOpenedByItself() {
        String slug = catalog.category("Icône S3", null).getString("slug");
        try {
            byte[] svg =
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\"/></svg>"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ApiResponse uploaded = catalog.upload(
                    "PUT", "/api/v1/categories/" + slug + "/icon", "i.svg", "image/svg+xml", svg, Map.of());
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
            String url = uploaded.data().getString("icon_url");
            String key = url.substring(url.indexOf("/media/") + "/media/".length());

            var stored =
                    S3Server.client().headObject(r -> r.bucket(S3Server.BUCKET).key(key));
            assertThat(stored.contentType()).isEqualTo("image/svg+xml");
            assertThat(stored.contentDisposition()).isEqualTo("attachment");
            assertThat(stored.cacheControl()).contains("max-age");
        } finally {
            // Its icon is on S3 only: left behind, the later deployments (media on disk) would list a broken icon.
            Api.send("DELETE", "/api/v1/categories/" + slug, null, catalog.staff);
        }
    }

    @Test
    void whenTheStoreIsDownAnUploadIs503AndLeavesNoRowAndHealthSaysSo() {
        long before = rows();
        S3Server.stop();
        try {
            assertFailure(
                    catalog.upload(
                            "POST",
                            images,
                            "photo.png",
                            "application/octet-stream",
                            TestImages.png(300, 300),
                            Map.of()),
                    503,
                    "service_unavailable");
            assertThat(rows()).isEqualTo(before);
            awaitHealth(503);
            assertThat(Api.get("/healthz").body()).contains("\"media\"");
        } finally {
            S3Server.start();
        }
        ApiResponse again = catalog.upload(
                "POST", images, "photo.png", "application/octet-stream", TestImages.png(300, 300), Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(rows()).isEqualTo(before + 1);
        awaitHealth(200);
    }

    /** The media probe is remembered for ten seconds, so its change shows within that. */
    static void awaitHealth(int status) {
        Await.until(() -> Api.get("/healthz").status() == status, Duration.ofSeconds(20));
    }
}
