package com.niasotac.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgInspectorTest {

    static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 64 64\">";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // what the original shop's icons look like
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN
                        + "<title>Réseau</title><rect x=\"6\" y=\"10\" width=\"52\" height=\"34\" rx=\"4\" fill=\"#2c3e50\"/></svg>",
                OPEN + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
                        + "<circle cx=\"32\" cy=\"32\" r=\"8\" fill=\"url(#g)\" style=\"stroke: url( #g ); opacity:.5\"/></svg>",
                OPEN
                        + "<symbol id=\"s\"><path d=\"M0 0h10v10z\"/></symbol><use xlink:href=\"#s\"/><use href=\"#s\"/></svg>",
                OPEN
                        + "<style>.a{fill:#8e44ad}</style><g class=\"a\" transform=\"scale(2)\"><path d=\"M1 1\"/></g></svg>",
                OPEN
                        + "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata></svg>",
                "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">"
                        + OPEN + "<rect width=\"1\" height=\"1\"/></svg>"
            })
    void iconsThatOnlyDrawAreAccepted(String svg) {
        assertThat(SvgInspector.refusal(svg.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                OPEN + "<script>alert(1)</script></svg>",
                "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script></svg:svg>",
                OPEN + "<animate attributeName=\"href\" values=\"&#106;avascript:alert(1)\"/></svg>",
                OPEN + "<set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>",
                OPEN + "<style>@import url(https://evil.example/x.css);</style></svg>",
                OPEN + "<style><![CDATA[ rect { fill: url('https://evil.example/p.png') } ]]></style></svg>",
                OPEN + "<rect style=\"fill:url(https://evil.example/p)\" width=\"1\" height=\"1\"/></svg>",
                OPEN + "<rect onload=\"alert(1)\" width=\"1\" height=\"1\"/></svg>",
                OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
                OPEN + "<image href=\"https://evil.example/a.png\"/></svg>",
                OPEN + "<use xlink:href=\"https://evil.example/sprite.svg#a\"/></svg>",
                OPEN + "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a></svg>",
                OPEN + "<rect fill=\"url(data:image/png;base64,AAAA)\" width=\"1\" height=\"1\"/></svg>",
                "<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]>" + OPEN + "&x;</svg>",
                "<?xml-stylesheet href=\"https://evil.example/x.css\"?>" + OPEN + "</svg>",
                "<html><svg xmlns=\"http://www.w3.org/2000/svg\"/></html>",
                OPEN + "<rect width=\"1\"",
                ""
            })
    void anythingThatRunsLoadsOrEscapesTheIconIsRefused(String svg) {
        assertThat(SvgInspector.refusal(svg.getBytes(StandardCharsets.UTF_8)))
                .as(svg)
                .isPresent();
    }
}
