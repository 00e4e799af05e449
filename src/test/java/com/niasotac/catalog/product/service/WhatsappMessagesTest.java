package com.niasotac.catalog.product.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.catalog.product.domain.PriceSummary;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatsappMessagesTest {

    static final URI SHOP = URI.create("https://niasotac.com");
    static final Instant AFTERNOON_IN_COTONOU = Instant.parse("2026-11-24T13:00:00Z"); // 14:00 local

    @ParameterizedTest
    @CsvSource({
        "450000, 450 000 FCFA",
        "1250000.49, 1 250 000 FCFA",
        "999.50, 1 000 FCFA",
        "15000, 15 000 FCFA",
        "100, 100 FCFA"
    })
    void formatsFrancsWithSpacesBetweenThousands(String amount, String expected) {
        assertThat(WhatsappMessages.fcfa(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-24T03:59:59Z, Bonsoir", // 04:59 in Cotonou
        "2026-11-24T04:00:00Z, Bonjour", // 05:00
        "2026-11-24T16:59:59Z, Bonjour", // 17:59
        "2026-11-24T17:00:00Z, Bonsoir", // 18:00
        "2026-11-24T22:30:00Z, Bonsoir"
    })
    void greetsByTheHourInCotonou(String instant, String greeting) {
        assertThat(WhatsappMessages.greeting(Instant.parse(instant))).isEqualTo(greeting);
    }

    @Test
    void theMessageNamesTheProductBrandPriceDiscountAndPage() {
        PriceSummary price =
                PriceSummary.of(new BigDecimal("450000"), new BigDecimal("500000"), new BigDecimal("450000"));
        var product = new WhatsappMessages.Product("Écran 24 pouces", "Dell", "ecran-24-pouces-dell", price);

        String message = WhatsappMessages.message("NIASOTAC TECHNOLOGIE", SHOP, product, AFTERNOON_IN_COTONOU);

        assertThat(message)
                .isEqualTo(
                        "Bonjour NIASOTAC TECHNOLOGIE, je suis intéressé(e) par « Écran 24 pouces » de la marque Dell "
                                + "au prix de 450 000 FCFA (au lieu de 500 000 FCFA, soit -10 %). "
                                + "Voici le lien : https://niasotac.com/products/ecran-24-pouces-dell");
    }

    @Test
    void theLinkPointsAtTheNumberWithTheMessageEncoded() {
        PriceSummary price = PriceSummary.of(new BigDecimal("15000"), null, new BigDecimal("15000"));
        var product = new WhatsappMessages.Product("Souris & clavier", null, "souris-clavier", price);

        String link = WhatsappMessages.link("+229 01 97 00 00 00", "NIASOTAC", SHOP, product, AFTERNOON_IN_COTONOU);

        assertThat(link)
                .startsWith("https://wa.me/2290197000000?text=Bonjour%20NIASOTAC")
                .doesNotContain("+")
                .doesNotContain(" ");
        String text = URLDecoder.decode(link.substring(link.indexOf("text=") + 5), StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("Bonjour NIASOTAC, je suis intéressé(e) par « Souris & clavier » au prix de 15 000 FCFA. "
                        + "Voici le lien : https://niasotac.com/products/souris-clavier");
    }
}
