package com.niasotac.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Écran Dell                 | ecran-dell",
                "Imprimante jet d'encre     | imprimante-jet-d-encre",
                "  Clé USB 64 Go (3.0)!  | cle-usb-64-go-3-0",
                "Cœur & Âme                 | coeur-ame",
                "ÇA-VA---BIEN               | ca-va-bien",
                "ŒUVRE                      | oeuvre",
                "Æther                      | aether",
                "Straße                     | strasse",
                "Ноутбук Lenovo             | noutbuk-lenovo",
                "笔记本                      | bi-ji-ben",
                "Κάρτα γραφικών             | karta-graphikon",
            })
    void transliteratesAndJoinsWithSingleDashes(String text, String slug) {
        assertThat(Slugs.slugify(100, text)).isEqualTo(slug).matches(Slugs.PATTERN);
    }

    @Test
    void joinsThePartsThatAreGiven() {
        assertThat(Slugs.slugify(100, "Latitude 5440", null, " ", "Dell")).isEqualTo("latitude-5440-dell");
    }

    @Test
    void cutsAtAWordBoundaryWhenTooLong() {
        assertThat(Slugs.slugify(20, "Ordinateur portable professionnel")).isEqualTo("ordinateur-portable");
        assertThat(Slugs.slugify(5, "abcdefghij")).isEqualTo("abcde");
    }

    @Test
    void textWithoutLettersOrDigitsGivesAnEmptySlug() {
        assertThat(Slugs.slugify(100, "!!! ---")).isEmpty();
    }
}
