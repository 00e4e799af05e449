package com.niasotac.newsletter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    static final Map<String, String> HOSTILE = Map.of(
            "name", "<script>alert('x')</script> & \"co\"",
            "email", "awa@example.bj",
            "unsubscribe_url", "https://shop.example/u?token=a&b");

    @Test
    void htmlPartsEscapeEveryValueSoNoMarkupCanBeInjected() {
        assertThat(TemplateRenderer.html("<p>Bonjour {name}</p><a href=\"{unsubscribe_url}\">x</a>", HOSTILE))
                .isEqualTo("<p>Bonjour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</p>"
                        + "<a href=\"https://shop.example/u?token=a&amp;b\">x</a>");
    }

    @Test
    void plainPartsInsertValuesAsTheyAre() {
        assertThat(TemplateRenderer.plain("Bonjour {name} ({email})", HOSTILE))
                .isEqualTo("Bonjour <script>alert('x')</script> & \"co\" (awa@example.bj)");
    }

    @Test
    void subjectsLoseTheLineBreaksAValueCouldSmuggleIntoHeaders() {
        assertThat(TemplateRenderer.subject("Offres pour {name}", Map.of("name", "Awa\r\nBcc: all@example.bj")))
                .isEqualTo("Offres pour Awa Bcc: all@example.bj");
    }

    @Test
    void valuesContainingDollarsAndBackslashesAreInsertedLiterally() {
        assertThat(TemplateRenderer.plain("{name}", Map.of("name", "$1 \\ ${x}")))
                .isEqualTo("$1 \\ ${x}");
    }

    @Test
    void unknownPlaceholdersAreListedOnceInOrderAndBracesThatAreNotNamesAreIgnored() {
        assertThat(TemplateRenderer.unknownPlaceholders(
                        "{code} {name} {prenom} {code} p{color:red} { name } {}", TemplateRenderer.PLACEHOLDERS))
                .containsExactly("code", "prenom");
        assertThat(TemplateRenderer.unknownPlaceholders(null, TemplateRenderer.PLACEHOLDERS))
                .isEmpty();
    }

    @Test
    void anEmptyHtmlTemplateGivesNoHtmlPart() {
        assertThat(TemplateRenderer.html("  ", HOSTILE)).isEmpty();
        assertThat(TemplateRenderer.html(null, HOSTILE)).isEmpty();
    }
}
