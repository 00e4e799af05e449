package com.niasotac.catalog.product.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.platform.json.JsonFormat;
import com.niasotac.platform.media.VariantFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageRowTest {

    @Test
    void theHistoryRecordsAnImageWithoutItsVariants() {
        ProductImageService.ImageRow row = new ProductImageService.ImageRow(
                1,
                2,
                "products/2/ab.jpg",
                "Face",
                true,
                0,
                1600,
                1200,
                List.of(new VariantFiles.Stored(
                        320, 320, 240, "products/2/ab-320.webp", 10, "products/2/ab-320.jpg", 20)));

        String json = JsonFormat.JSONB.toJson(row);

        assertThat(json).contains("products/2/ab.jpg", "Face").doesNotContain("variants", "ab-320");
    }
}
