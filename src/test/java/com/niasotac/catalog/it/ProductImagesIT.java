package com.niasotac.catalog.it;

import static com.niasotac.catalog.it.CatalogApi.id;
import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** Product images: checked by content, one primary, at most ten, files kept in step with rows. */
@ExtendWith(ArquillianExtension.class)
class ProductImagesIT {

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
        product = catalog.product(ProductBody.of(id(catalog.category("Photos", null)), "Photographié", "1000"));
        images = "/api/v1/products/" + product.getString("slug") + "/images";
    }

    ApiResponse upload(byte[] file, Map<String, String> fields) {
        return catalog.upload("POST", images, "photo.bin", "application/octet-stream", file, fields);
    }

    /** The stored originals, one per image (their variants beside them: {@link #variants}). */
    List<Path> files() throws IOException {
        return stored().stream().filter(p -> !isVariant(p)).toList();
    }

    /** The variants stored beside the originals ({@code <original>-320.webp}, …), four per image. */
    List<Path> variants() throws IOException {
        return stored().stream().filter(ProductImagesIT::isVariant).toList();
    }

    static boolean isVariant(Path file) {
        return file.getFileName().toString().matches(".+-\\d+\\.(webp|jpg|png)");
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

    long rows() {
        return TestDatabase.count("SELECT count(*) FROM product_image WHERE product_id = ?", id(product));
    }

    @Test
    void pngJpegAndWebpAreAcceptedAndTheFirstIsPrimary() throws IOException {
        ApiResponse png = upload(TestImages.png(400, 300 + 1), Map.of("alt_text", "Face"));
        ApiResponse jpeg = upload(TestImages.jpeg(640, 480), Map.of("order", "2"));
        ApiResponse webp = upload(TestImages.webp320(), Map.of());

        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.data().getBoolean("is_primary")).isTrue();
        assertThat(png.data().getInt("width")).isEqualTo(400);
        assertThat(png.data().getString("alt_text")).isEqualTo("Face");
        assertThat(jpeg.data().getBoolean("is_primary")).isFalse();
        assertThat(jpeg.data().getInt("order")).isEqualTo(2);
        assertThat(webp.data().getInt("height")).isEqualTo(320);
        assertThat(webp.data().getString("url")).endsWith(".webp");
        assertThat(files()).hasSize(3);
        assertThat(variants()).hasSize(3 * 4);
        JsonObject detail = Api.get("/api/v1/products/" + product.getString("slug"), catalog.staff)
                .data();
        assertThat(detail.getJsonArray("images")).hasSize(3);
        assertThat(detail.getJsonArray("images").getJsonObject(0).getBoolean("is_primary"))
                .isTrue();
        assertThat(detail.getString("main_image")).isEqualTo(png.data().getString("url"));
    }

    @Test
    void aNewPrimaryDemotesTheOldAndTheOnlyPrimaryCannotBeUnset() {
        long first = id(upload(TestImages.png(300, 300), Map.of()).data());
        long second = id(
                upload(TestImages.png(300, 300), Map.of("is_primary", "true")).data());

        JsonObject detail = Api.get("/api/v1/products/" + product.getString("slug"), catalog.staff)
                .data();
        assertThat(detail.getJsonArray("images")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(second);
        ApiResponse back =
                Api.patch(images + "/" + first, Json.object("is_primary", true, "alt_text", "Retour"), catalog.staff);
        assertThat(back.data().getBoolean("is_primary")).isTrue();
        assertThat(back.data().getString("alt_text")).isEqualTo("Retour");
        assertFailure(
                Api.patch(images + "/" + first, Json.object("is_primary", false), catalog.staff),
                400,
                "validation_error");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM product_image WHERE product_id = ? AND is_primary", id(product)))
                .isEqualTo(1);
    }

    @Test
    void deletingAnImageRemovesItsFileAndPromotesTheNext() throws IOException {
        long primary = id(upload(TestImages.png(300, 300), Map.of()).data());
        long next = id(upload(TestImages.png(300, 300), Map.of()).data());

        assertThat(Api.send("DELETE", images + "/" + primary, null, catalog.staff)
                        .status())
                .isEqualTo(200);

        assertThat(files()).hasSize(1);
        assertThat(variants()).as("the deleted image's variants are gone").hasSize(4);
        JsonObject remaining = Api.get("/api/v1/products/" + product.getString("slug"), catalog.staff)
                .data()
                .getJsonArray("images")
                .getJsonObject(0);
        assertThat(remaining.getJsonNumber("id").longValue()).isEqualTo(next);
        assertThat(remaining.getBoolean("is_primary")).isTrue();
        assertFailure(Api.send("DELETE", images + "/" + primary, null, catalog.staff), 404, "not_found");
    }

    @Test
    void smallFakeOrHugeFilesAreRefused() throws IOException {
        assertFailure(upload(TestImages.png(299, 400), Map.of()), 400, "validation_error");
        assertFailure(upload("GIF89a not really".getBytes(StandardCharsets.UTF_8), Map.of()), 400, "validation_error");
        assertFailure(upload(new byte[5 * 1024 * 1024 + 1], Map.of()), 413, "payload_too_large");
        assertFailure(
                catalog.upload("POST", images, null, null, null, Map.of("alt_text", "sans fichier")),
                400,
                "validation_error");
        assertThat(rows()).isZero();
        assertThat(files()).isEmpty();
        assertThat(variants()).isEmpty();
    }

    @Test
    void theEleventhImageIsRefusedAndLeavesNoFile() throws IOException {
        byte[] png = TestImages.png(300, 300);
        for (int i = 0; i < 10; i++) {
            assertThat(upload(png, Map.of()).status()).isEqualTo(201);
        }

        assertFailure(upload(png, Map.of()), 400, "validation_error");

        assertThat(rows()).isEqualTo(10);
        assertThat(files()).hasSize(10);
        assertThat(variants()).hasSize(10 * 4);
    }

    @Test
    void aFailedStoreLeavesNoRow() throws IOException {
        Path blocker = MEDIA.resolve("products/" + id(product));
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where the product's folder should be");
        try {
            assertFailure(upload(TestImages.png(300, 300), Map.of()), 503, "service_unavailable");
            assertThat(rows()).isZero();
        } finally {
            Files.delete(blocker);
        }
    }

    @Test
    void deletingTheProductDeletesItsFiles() throws IOException {
        upload(TestImages.png(300, 300), Map.of());
        upload(TestImages.png(300, 300), Map.of());

        assertThat(Api.send("DELETE", "/api/v1/products/" + product.getString("slug"), null, catalog.staff)
                        .status())
                .isEqualTo(200);

        assertThat(files()).isEmpty();
        assertThat(stored()).as("variants included").isEmpty();
    }

    @Test
    void onlyStaffManageImagesAndOtherProductsImagesAreNotFound() {
        long image = id(upload(TestImages.png(300, 300), Map.of()).data());
        JsonObject other = catalog.product(ProductBody.of(id(catalog.category("Autre", null)), "Autre", "1000"));

        assertFailure(Api.send("DELETE", images + "/" + image, null), 401, "not_authenticated");
        assertFailure(
                Api.patch(
                        "/api/v1/products/" + other.getString("slug") + "/images/" + image,
                        Json.object("order", 1),
                        catalog.staff),
                404,
                "not_found");
        assertFailure(Api.patch(images + "/999999999", Json.object("order", 1), catalog.staff), 404, "not_found");
    }
}
