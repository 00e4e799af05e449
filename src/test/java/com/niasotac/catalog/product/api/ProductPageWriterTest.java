package com.niasotac.catalog.product.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.EnvelopeWriters;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.json.JsonFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductPageWriterTest {

    private final ProductPageWriter writer = new ProductPageWriter();

    ProductPageWriterTest() {
        writer.prepared = new PreparedItems();
    }

    @Test
    void writesExactlyWhatJsonBWouldWithTextThatLooksLikeTheSplice() throws IOException {
        Envelope<Page<ProductResponses.Item>> envelope = Envelope.ok(
                new Page<>(
                        42,
                        "http://shop.test/api/v1/products/?page=3&q=%22results%22:[]",
                        null,
                        List.of(
                                item(1, "Écran \"results\":[] 27\"", null),
                                item(2, "Clavier « AZERTY »", 9L),
                                item(3, "Souris\n\u00e9t\u00e9 \\ 😀", null))),
                "\"results\":[] in a message");

        assertThat(written(envelope)).isEqualTo(JsonFormat.JSONB.toJson(envelope));
    }

    @Test
    void writesTheSameItemTwiceAndAnEmptyPageAsJsonBWould() throws IOException {
        ProductResponses.Item once = item(7, "Portable", 3L);
        Envelope<Page<ProductResponses.Item>> twice = Envelope.ok(new Page<>(2, null, null, List.of(once, once)));
        Envelope<Page<ProductResponses.Item>> empty = Envelope.ok(new Page<>(0, null, null, List.of()));

        assertThat(written(twice)).isEqualTo(JsonFormat.JSONB.toJson(twice));
        assertThat(written(twice)).isEqualTo(JsonFormat.JSONB.toJson(twice));
        assertThat(written(empty)).isEqualTo(JsonFormat.JSONB.toJson(empty));
    }

    @Test
    void takesOnlyPagesOfProductItems() throws NoSuchMethodException {
        assertThat(writes("items")).isTrue();
        assertThat(writes("strings")).isFalse();
        assertThat(writes("plain")).isFalse();
    }

    // Return types for takesOnlyPagesOfProductItems.
    Envelope<Page<ProductResponses.Item>> items() {
        return null;
    }

    Envelope<Page<String>> strings() {
        return null;
    }

    Envelope<Object> plain() {
        return null;
    }

    private boolean writes(String method) throws NoSuchMethodException {
        return EnvelopeWriters.takesWhat(writer, ProductPageWriterTest.class, method);
    }

    private String written(Envelope<Page<ProductResponses.Item>> envelope) throws IOException {
        return EnvelopeWriters.written(writer, envelope);
    }

    private static ProductResponses.Item item(long id, String name, Long views) {
        BigDecimal price = new BigDecimal("450000.00");
        return new ProductResponses.Item(
                id,
                name,
                "produit-" + id,
                null,
                price,
                new BigDecimal("500000.00"),
                price,
                BigDecimal.ZERO,
                false,
                BigDecimal.ZERO,
                5,
                "Écrans",
                "ecrans",
                "http://shop.test/media/products/" + id + ".png",
                null,
                true,
                true,
                3,
                false,
                true,
                false,
                "Un \"résumé\"",
                "https://wa.me/22900000000?text=Bonjour",
                Instant.parse("2026-11-30T10:15:30.123Z"),
                views == null ? null : true,
                views,
                views == null ? null : 1L);
    }
}
