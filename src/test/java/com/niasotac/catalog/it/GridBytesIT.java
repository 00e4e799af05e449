package com.niasotac.catalog.it;

import static com.niasotac.catalog.it.CatalogApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.testdata.ProductBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bytes one 20-product grid page makes a shopper download (docs/performance.md, "What a shopper
 * downloads"): the list's JSON as the shop's frontend requests it, and one picture per card, before (every
 * card loads {@code main_image}, the original) and after ({@code main_image_thumbnail}, 320 px), with the
 * WebP of the same variant for comparison. Two sets of pictures: the Django fixture's product images, and
 * phone-sized photos. It prints the figures; it asserts no timing, only that the grid downloads less. A
 * benchmark, not part of the default run: {@code benchmarks/grid-bytes.sh}.
 */
@ExtendWith(ArquillianExtension.class)
class GridBytesIT {

    static final int PAGE = 20;

    final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    record Figures(long jsonBefore, long jsonAfter, long originals, long thumbnails, long webp) {
        long before() {
            return jsonBefore + originals;
        }

        long after() {
            return jsonAfter + thumbnails;
        }
    }

    @Test
    void aGridPageOfTheDjangoFixturesPictures() throws Exception {
        List<byte[]> pictures;
        try (Stream<Path> files = Files.walk(
                Path.of(System.getProperty("it.fixtures.django")).resolve("niasotac-82418da/media/products"))) {
            pictures = files.filter(Files::isRegularFile)
                    .sorted()
                    .limit(PAGE)
                    .map(GridBytesIT::read)
                    .toList();
        }
        report("Django fixture pictures (500–1200 px, 7–43 KB)", measure(pictures));
    }

    @Test
    void aGridPageOfPhoneSizedPhotos() throws Exception {
        List<byte[]> pictures = new ArrayList<>();
        for (int i = 0; i < PAGE; i++) {
            pictures.add(photo(2048, 1536, i));
        }
        report("phone-sized photos (2048×1536 JPEG, quality 0.9, detailed, sensor-like noise)", measure(pictures));
    }

    Figures measure(List<byte[]> pictures) throws Exception {
        CatalogApi catalog = new CatalogApi();
        JsonObject category = catalog.category("Grille", null);
        for (int i = 0; i < pictures.size(); i++) {
            JsonObject product = catalog.product(ProductBody.of(id(category), "Article " + i, "150000"));
            ApiResponse uploaded = catalog.upload(
                    "POST",
                    "/api/v1/products/" + product.getString("slug") + "/images",
                    "photo",
                    "application/octet-stream",
                    pictures.get(i),
                    Map.of());
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        }
        // The grid's request, as the shop's frontend sends it, anonymous.
        byte[] json =
                get("/api/v1/products/?category_slug=" + category.getString("slug") + "&page=1&page_size=" + PAGE);
        List<JsonObject> items;
        try (var reader =
                Json.createReader(new StringReader(new String(json, java.nio.charset.StandardCharsets.UTF_8)))) {
            items = reader.readObject()
                    .getJsonObject("data")
                    .getJsonArray("results")
                    .getValuesAs(JsonObject.class);
        }
        assertThat(items).hasSize(PAGE);
        long added = 0;
        long originals = 0;
        long thumbnails = 0;
        long webp = 0;
        for (JsonObject item : items) {
            String thumbnail = item.getString("main_image_thumbnail");
            added += (",\"main_image_thumbnail\":\"" + thumbnail + "\"").length();
            originals += fetch(item.getString("main_image")).length;
            thumbnails += fetch(thumbnail).length;
            webp += fetch(thumbnail.substring(0, thumbnail.lastIndexOf('.')) + ".webp").length;
        }
        return new Figures(json.length - added, json.length, originals, thumbnails, webp);
    }

    static void report(String set, Figures f) {
        System.out.printf(
                Locale.ROOT,
                "%nGrid page of %d products, %s:%n"
                        + "  before: JSON %,d B + %d originals %,d B = %,d B%n"
                        + "  after:  JSON %,d B + %d thumbnails (320 px JPEG) %,d B = %,d B (%.1f%% of before)%n"
                        + "  (the same thumbnails as WebP: %,d B; JSON + WebP = %,d B)%n",
                PAGE,
                set,
                f.jsonBefore(),
                PAGE,
                f.originals(),
                f.before(),
                f.jsonAfter(),
                PAGE,
                f.thumbnails(),
                f.after(),
                100.0 * f.after() / f.before(),
                f.webp(),
                f.jsonAfter() + f.webp());
        assertThat(f.after()).isLessThan(f.before());
    }

    byte[] get(String path) throws IOException, InterruptedException {
        return fetch(com.niasotac.it.support.Api.BASE_URL + path);
    }

    byte[] fetch(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A photo-like picture: a lit background, a few objects, hundreds of small details and labels (so the
     * 320 px copy still has something to encode, about the size of a real photo's), and per-pixel noise as a
     * phone's sensor leaves.
     */
    static byte[] photo(int width, int height, int seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xe8e4dc), width, height, new Color(0x9a948a)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setPaint(new GradientPaint(
                    random.nextInt(width),
                    random.nextInt(height),
                    new Color(random.nextInt(0xffffff)),
                    random.nextInt(width),
                    random.nextInt(height),
                    new Color(random.nextInt(0xffffff))));
            int w = width / 6 + random.nextInt(width / 3);
            int h = height / 6 + random.nextInt(height / 3);
            g.fillRoundRect(random.nextInt(width - w), random.nextInt(height - h), w, h, 60, 60);
        }
        for (int i = 0; i < 1500; i++) {
            g.setColor(new Color(random.nextInt(0xffffff) | 0x40000000, true));
            if (i % 3 == 0) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10 + random.nextInt(50)));
                g.drawString(Long.toString(random.nextLong(), 36), random.nextInt(width), random.nextInt(height));
            } else {
                int side = 4 + random.nextInt(40);
                g.fillOval(random.nextInt(width), random.nextInt(height), side, side);
            }
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int noise = (int) Math.round(random.nextGaussian() * 5);
                row[x] = channel(row[x] >> 16, noise) << 16 | channel(row[x] >> 8, noise) << 8 | channel(row[x], noise);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    static int channel(int value, int noise) {
        return Math.max(0, Math.min(255, (value & 0xff) + noise));
    }
}
