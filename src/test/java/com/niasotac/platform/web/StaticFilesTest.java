package com.niasotac.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.platform.web.StaticFiles.StaticFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

    @Test
    void gzipIsSentOnlyWhenTheClientAcceptsIt() {
        assertThat(StaticFiles.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(StaticFiles.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(StaticFiles.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(StaticFiles.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(StaticFiles.acceptsGzip("deflate, x-gzip2")).isFalse();
        assertThat(StaticFiles.acceptsGzip(null)).isFalse();
    }

    @Test
    void textIsCompressedOnceAndImagesAreNot() throws IOException {
        byte[] script = "console.log('bonjour');\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        StaticFile text = StaticFile.of("app.js", script);
        assertThat(text.gzipped()).isNotNull().hasSizeLessThan(script.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(text.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(script);
        }
        assertThat(StaticFile.of("logo.png", script).gzipped()).isNull();
        assertThat(StaticFile.of("tiny.css", "a{}".getBytes(StandardCharsets.UTF_8))
                        .gzipped())
                .as("not worth it when gzip makes it bigger")
                .isNull();
        assertThatThrownBy(() -> StaticFile.of("notes.txt", script)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBundlesFingerprintChangesWithAnyFileAndServesOnlyUnderIt() {
        AssetBundle bundle = new AssetBundle(java.util.Map.of("init.js", "/api-docs/init.js"));
        assertThat(bundle.fingerprint()).matches("[0-9a-f]{12}");
        assertThat(bundle.file(bundle.fingerprint(), "init.js")).isPresent();
        assertThat(bundle.file("000000000000", "init.js")).isEmpty();
        assertThat(bundle.file(bundle.fingerprint(), "index.html")).isEmpty();
        AssetBundle renamed = new AssetBundle(java.util.Map.of("start.js", "/api-docs/init.js"));
        assertThat(renamed.fingerprint()).isNotEqualTo(bundle.fingerprint());
        assertThat(new String(
                        bundle.page("/api-docs/index.html", java.util.Map.of()).content(), StandardCharsets.UTF_8))
                .contains("/api/docs/assets/" + bundle.fingerprint() + "/init.js")
                .doesNotContain("{fingerprint}");
    }
}
