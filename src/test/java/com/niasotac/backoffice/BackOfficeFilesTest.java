package com.niasotac.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackOfficeFilesTest {

    private static final Path SOURCE = Path.of("src/main/resources/admin");

    @Test
    void theManifestListsEveryFileOfTheConsoleSoNoneIsLeftUnserved() throws IOException {
        List<String> listed = Files.readAllLines(SOURCE.resolve("files.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        List<String> present;
        try (Stream<Path> files = Files.walk(SOURCE)) {
            present = files.filter(Files::isRegularFile)
                    .map(file -> SOURCE.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("files.txt") && !name.equals("index.html"))
                    .sorted()
                    .toList();
        }
        assertThat(listed).as("src/main/resources/admin/files.txt").containsExactlyElementsOf(present);
        assertThat(listed).allMatch(name -> name.matches("[a-z0-9][a-z0-9./-]*"), "a name the asset path accepts");
    }

    @Test
    void thePolicyAllowsThisOriginOnlyPlusTheMediaServersImages() {
        assertThat(BackOfficeResource.contentSecurityPolicy(""))
                .contains(
                        "default-src 'none'", "script-src 'self';", "img-src 'self' data: blob:;", "connect-src 'self'")
                .doesNotContain("http");
        assertThat(BackOfficeResource.contentSecurityPolicy(
                        BackOfficeResource.origin(java.net.URI.create("https://media.niasotac.com/shop/"))))
                .contains("img-src 'self' data: blob: https://media.niasotac.com;")
                .contains("script-src 'self';");
    }

    @Test
    void everyModuleIsPreloadedUnderTheFingerprint() {
        assertThat(BackOfficeResource.modulePreloads(List.of("app.css", "js/main.js", "js/screens/products.js")))
                .isEqualTo("  <link rel=\"modulepreload\" href=\"/admin/assets/{fingerprint}/js/main.js\">\n"
                        + "  <link rel=\"modulepreload\" href=\"/admin/assets/{fingerprint}/js/screens/products.js\">");
    }
}
