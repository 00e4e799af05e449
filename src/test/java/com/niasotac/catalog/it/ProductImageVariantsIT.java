package com.niasotac.catalog.it;

import static com.niasotac.catalog.it.CatalogApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.platform.media.ImageInspector;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a shopper downloads: every product image gets 320 and 800 px variants (WebP and a JPEG or PNG fallback)
 * beside it at upload, lists and details point at them, they go with the image, and images stored before they
 * existed get them from the backfill.
 */
@ExtendWith(ArquillianExtension.class)
class ProductImageVariantsIT {

    static final Path MEDIA = Path.of(System.getProperty("it.media.root"));

    CatalogApi catalog;
    JsonObject product;
    String images;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void aProduct() {
        catalog = new CatalogApi();
        product = catalog.product(ProductBody.of(id(catalog.category("Vignettes", null)), "Vignette", "1000"));
        images = "/api/v1/products/" + product.getString("slug") + "/images";
    }

    ApiResponse upload(byte[] file) {
        ApiResponse uploaded = catalog.upload("POST", images, "photo.bin", "application/octet-stream", file, Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded;
    }

    @Test
    void anUploadGetsBothSizesInWebpAndJpegWhichTheDetailAndTheListsShow() throws Exception {
        JsonObject image = upload(TestImages.jpeg(1600, 1200)).data();
        String original = image.getString("url");

        JsonObject thumbnails = image.getJsonObject("thumbnails");
        assertThat(thumbnails.keySet()).containsExactly("320", "800");
        assertVariant(thumbnails.getJsonObject("320"), original, 320, 240, "jpg");
        assertVariant(thumbnails.getJsonObject("800"), original, 800, 600, "jpg");

        JsonObject detail =
                Api.get("/api/v1/products/" + product.getString("slug")).data();
        assertThat(detail.getString("main_image")).as("unchanged").isEqualTo(original);
        assertThat(detail.getString("main_image_thumbnail"))
                .isEqualTo(thumbnails.getJsonObject("320").getString("fallback"));
        JsonObject shown = detail.getJsonArray("images").getJsonObject(0);
        assertThat(shown.getString("image")).isEqualTo(original);
        assertThat(shown.getJsonObject("thumbnails")).isEqualTo(thumbnails);

        JsonObject item = listed();
        assertThat(item.getString("main_image")).isEqualTo(original);
        assertThat(item.getString("main_image_thumbnail"))
                .isEqualTo(thumbnails.getJsonObject("320").getString("fallback"));
    }

    @Test
    void aTransparentPngKeepsItsTransparencyInAPngFallbackAndASmallPictureIsNotEnlarged() throws Exception {
        byte[] png = TestImages.png(400, 300);
        // TestImages paints every pixel: make the corner transparent
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        picture.setRGB(0, 0, 0x00000000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", out);

        JsonObject image = upload(out.toByteArray()).data();

        JsonObject thumbnails = image.getJsonObject("thumbnails");
        assertVariant(thumbnails.getJsonObject("320"), image.getString("url"), 320, 240, "png");
        assertVariant(thumbnails.getJsonObject("800"), image.getString("url"), 400, 300, "png");
    }

    @Test
    void deletingTheImageOrTheProductDeletesItsVariants() throws IOException {
        long first = id(upload(TestImages.jpeg(900, 900)).data());
        upload(TestImages.jpeg(900, 900));
        assertThat(stored()).hasSize(2 * 5);

        assertThat(Api.send("DELETE", images + "/" + first, null, catalog.staff).status())
                .isEqualTo(200);
        assertThat(stored()).hasSize(5);
        assertThat(variantRows()).isEqualTo(2);

        assertThat(Api.send("DELETE", "/api/v1/products/" + product.getString("slug"), null, catalog.staff)
                        .status())
                .isEqualTo(200);
        assertThat(stored()).isEmpty();
    }

    @Test
    void anImageStoredWithoutVariantsGetsThemFromTheBackfillOnce() throws Exception {
        JsonObject image = upload(TestImages.jpeg(1200, 900)).data();
        String original = image.getString("url");
        // As an image stored before variants existed: its rows and files gone, the original alone.
        forgetVariants(id(image));
        for (Path variant : stored()) {
            if (!original.endsWith(variant.getFileName().toString())) {
                Files.delete(variant);
            }
        }
        assertThat(listed().getString("main_image_thumbnail"))
                .as("until then, the original")
                .isEqualTo(original);

        Api.post("/api/v1/test-support/thumbnails/backfill");

        assertThat(stored()).hasSize(5);
        JsonObject thumbnails = Api.get("/api/v1/products/" + product.getString("slug"))
                .data()
                .getJsonArray("images")
                .getJsonObject(0)
                .getJsonObject("thumbnails");
        assertVariant(thumbnails.getJsonObject("320"), original, 320, 240, "jpg");
        assertVariant(thumbnails.getJsonObject("800"), original, 800, 600, "jpg");
        assertThat(listed().getString("main_image_thumbnail"))
                .isEqualTo(thumbnails.getJsonObject("320").getString("fallback"));

        Api.post("/api/v1/test-support/thumbnails/backfill");
        assertThat(variantRows()).as("idempotent: nothing made twice").isEqualTo(2);
    }

    @Test
    void anImageWhoseFileIsGoneIsRecordedAndNotTriedAgain() throws IOException {
        JsonObject image = upload(TestImages.jpeg(600, 600)).data();
        forgetVariants(id(image));
        for (Path file : stored()) {
            Files.delete(file);
        }

        Api.post("/api/v1/test-support/thumbnails/backfill");

        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM product_image WHERE id = ? AND variants_error LIKE '%not in media storage%'",
                        id(image)))
                .isEqualTo(1);
        assertThat(variantRows()).isZero();
        assertThat(listed().getString("main_image_thumbnail"))
                .as("the original's URL, as main_image")
                .isEqualTo(image.getString("url"));
    }

    /** The variant's two files are served, decode to its size, and sit beside the original. */
    static void assertVariant(JsonObject variant, String original, int width, int height, String fallback)
            throws Exception {
        assertThat(variant.getInt("width")).isEqualTo(width);
        assertThat(variant.getInt("height")).isEqualTo(height);
        String stem = original.substring(0, original.lastIndexOf('.'));
        assertThat(variant.getString("webp")).startsWith(stem + "-").endsWith(".webp");
        assertThat(variant.getString("fallback")).startsWith(stem + "-").endsWith("." + fallback);
        for (String url : List.of(variant.getString("webp"), variant.getString("fallback"))) {
            HttpResponse<byte[]> served = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).as(url).isEqualTo(200);
            ImageInspector.Image decoded =
                    ImageInspector.inspect(served.body()).orElseThrow(() -> new AssertionError(url + " decodes"));
            assertThat(decoded.width()).as(url).isEqualTo(width);
            assertThat(decoded.height()).as(url).isEqualTo(height);
            assertThat(served.headers().firstValue("Content-Type")).contains(decoded.format().contentType);
        }
    }

    /** Deletes an image's variant rows, as for an image stored before variants existed. */
    static void forgetVariants(long imageId) {
        TestDatabase.count(
                "WITH gone AS (DELETE FROM product_image_variant WHERE image_id = ? RETURNING 1) SELECT count(*) FROM gone",
                imageId);
    }

    JsonObject listed() {
        return Api.get("/api/v1/products?search=" + catalog.tag + "&page_size=5")
                .data()
                .getJsonArray("results")
                .getJsonObject(0);
    }

    long variantRows() {
        return TestDatabase.count(
                "SELECT count(*) FROM product_image_variant v JOIN product_image i ON i.id = v.image_id"
                        + " WHERE i.product_id = ?",
                id(product));
    }

    List<Path> stored() throws IOException {
        Path folder = MEDIA.resolve("products/" + id(product));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }
}
