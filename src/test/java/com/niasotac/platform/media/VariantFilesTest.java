package com.niasotac.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.it.support.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantFilesTest {

    @TempDir
    Path root;

    @Test
    void variantsAreStoredBesideTheOriginalUnderKeysMadeFromIts() throws IOException {
        LocalDiskStorage storage = new LocalDiskStorage(root);
        List<ImageVariants.Variant> variants = ImageVariants.of(TestImages.jpeg(1000, 500));

        List<VariantFiles.Stored> stored = VariantFiles.store(storage, "products/7/ab12.jpg", variants);

        assertThat(stored)
                .extracting(VariantFiles.Stored::webpKey, VariantFiles.Stored::fallbackKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("products/7/ab12-320.webp", "products/7/ab12-320.jpg"),
                        org.assertj.core.groups.Tuple.tuple("products/7/ab12-800.webp", "products/7/ab12-800.jpg"));
        assertThat(stored.get(0).webpBytes()).isEqualTo(Files.size(root.resolve("products/7/ab12-320.webp")));
        assertThat(files()).hasSize(4);

        VariantFiles.delete(storage, stored);
        assertThat(files()).isEmpty();
    }

    @Test
    void whenAFileCannotBeStoredTheOnesAlreadyStoredAreDeleted() throws IOException {
        LocalDiskStorage disk = new LocalDiskStorage(root);
        MediaStorage failsOnThird = new MediaStorage() {
            int stores;

            @Override
            public void store(String key, byte[] content, String contentType) {
                if (++stores == 3) {
                    throw new MediaStorageException("full", null);
                }
                disk.store(key, content, contentType);
            }

            @Override
            public void delete(String key) {
                disk.delete(key);
            }

            @Override
            public java.util.Optional<java.io.InputStream> open(String key) {
                return disk.open(key);
            }

            @Override
            public void check() {}

            @Override
            public String kind() {
                return "test";
            }
        };
        List<ImageVariants.Variant> variants = ImageVariants.of(TestImages.jpeg(1000, 500));

        assertThatThrownBy(() -> VariantFiles.store(failsOnThird, "products/7/ab12.jpg", variants))
                .isInstanceOf(MediaStorageException.class);
        assertThat(files()).isEmpty();
    }

    List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
