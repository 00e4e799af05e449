package com.niasotac.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * .env.example documents every variable, and none of its values would pass as a real secret; the README and
 * the configuration reference name every variable too (the limits through {@code RATE_LIMIT_<NAME>}).
 */
class EnvExampleTest {

    static Map<String, String> example() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf('=');
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    @Test
    void documentsEveryVariableTheApplicationReads() throws IOException {
        assertThat(example().keySet()).containsAll(SettingsValidator.VARIABLES);
    }

    @Test
    void theReadmeAndTheConfigurationReferenceNameEveryVariable() throws IOException {
        for (String document : java.util.List.of("README.md", "docs/configuration.md")) {
            String text = Files.readString(Path.of(document));
            assertThat(SettingsValidator.VARIABLES.stream()
                            .filter(name -> !name.startsWith("RATE_LIMIT_") || name.equals("RATE_LIMIT_FAIL_OPEN"))
                            .filter(name -> !text.contains(name))
                            .toList())
                    .as(document)
                    .isEmpty();
            assertThat(text).as(document).contains("RATE_LIMIT_<NAME>");
        }
    }

    @Test
    void itsSecretKeyPlaceholderIsRefused() throws IOException {
        assertThat(SettingsValidator.secretKeyProblem(example().get("SECRET_KEY")))
                .isPresent();
    }

    @Test
    void anUntouchedCopyCannotStart() throws IOException {
        assertThat(SettingsValidator.validate(new EnvironmentSource(example())).settings())
                .isEmpty();
    }
}
