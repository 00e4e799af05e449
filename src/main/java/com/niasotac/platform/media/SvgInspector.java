package com.niasotac.platform.media;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decides whether an SVG may be stored and served from this API's origin, by parsing it as XML (no DTD, no
 * entities) and walking it against an allow-list: SVG elements that draw (no script, animation,
 * {@code foreignObject}, {@code image} or external use), attributes that describe shapes and paint (no event
 * handlers), references only to the document's own fragments ({@code href="#id"}, {@code url(#id)}), and CSS
 * without {@code @import} or external {@code url()}. Anything else is refused, not cleaned: what is stored is
 * what was checked.
 */
public final class SvgInspector {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "symbol",
            "use",
            "title",
            "desc",
            "metadata",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "textPath",
            "linearGradient",
            "radialGradient",
            "stop",
            "clipPath",
            "mask",
            "pattern",
            "marker",
            "style",
            "filter",
            "feGaussianBlur",
            "feOffset",
            "feBlend",
            "feColorMatrix",
            "feFlood",
            "feComposite",
            "feMerge",
            "feMergeNode",
            "feDropShadow",
            "feMorphology");

    static final Set<String> ATTRIBUTES = Set.of(
            "id",
            "class",
            "style",
            "width",
            "height",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "d",
            "points",
            "viewBox",
            "preserveAspectRatio",
            "version",
            "baseProfile",
            "transform",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-miterlimit",
            "stroke-dasharray",
            "stroke-dashoffset",
            "stroke-opacity",
            "opacity",
            "color",
            "display",
            "visibility",
            "clip-path",
            "clip-rule",
            "clipPathUnits",
            "mask",
            "maskUnits",
            "maskContentUnits",
            "offset",
            "stop-color",
            "stop-opacity",
            "gradientUnits",
            "gradientTransform",
            "spreadMethod",
            "fx",
            "fy",
            "fr",
            "patternUnits",
            "patternContentUnits",
            "patternTransform",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "text-anchor",
            "dominant-baseline",
            "alignment-baseline",
            "letter-spacing",
            "word-spacing",
            "text-decoration",
            "dx",
            "dy",
            "rotate",
            "textLength",
            "lengthAdjust",
            "startOffset",
            "filter",
            "filterUnits",
            "primitiveUnits",
            "stdDeviation",
            "in",
            "in2",
            "result",
            "mode",
            "operator",
            "k1",
            "k2",
            "k3",
            "k4",
            "values",
            "type",
            "radius",
            "flood-color",
            "flood-opacity",
            "marker-start",
            "marker-mid",
            "marker-end",
            "markerWidth",
            "markerHeight",
            "refX",
            "refY",
            "orient",
            "markerUnits",
            "overflow",
            "shape-rendering",
            "image-rendering",
            "text-rendering",
            "color-interpolation-filters",
            "vector-effect",
            "paint-order",
            "mix-blend-mode",
            "isolation",
            "enable-background",
            "role",
            "aria-hidden",
            "aria-label",
            "focusable",
            "href",
            "space",
            "lang");

    /** A reference anywhere but to a fragment of this document: {@code url(x)} with x not starting with #. */
    private static final Pattern EXTERNAL_URL =
            Pattern.compile("url\\s*+\\(\\s*+['\"]?+\\s*+(?!#)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CSS_HAZARD = Pattern.compile(
            "@import|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding", Pattern.CASE_INSENSITIVE);

    private static final XMLInputFactory XML = secureFactory();

    private SvgInspector() {}

    /** Empty when the SVG is safe; else why it is refused. */
    public static Optional<String> refusal(byte[] content) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                return walk(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of("is not well-formed XML");
        }
    }

    private static Optional<String> walk(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        int skippedDepth = 0; // inside <metadata>: anything goes, it is never rendered
        boolean inStyle = false;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    if (xml.getText().contains("[")) {
                        return Optional.of("declares a DTD with an internal subset");
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION -> {
                    return Optional.of("uses XML entities");
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    return Optional.of("holds a processing instruction");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (skippedDepth > 0) {
                        skippedDepth++;
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (root && (!"svg".equals(name) || !SVG_NAMESPACE.equals(xml.getNamespaceURI()))) {
                        return Optional.of("is not an SVG document");
                    }
                    root = false;
                    if (!SVG_NAMESPACE.equals(xml.getNamespaceURI()) || !ELEMENTS.contains(name)) {
                        return Optional.of("holds a <" + name + "> element, which icons may not contain");
                    }
                    if ("metadata".equals(name)) {
                        skippedDepth = 1;
                        continue;
                    }
                    inStyle = "style".equals(name);
                    Optional<String> attribute = attributes(xml);
                    if (attribute.isPresent()) {
                        return attribute;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (skippedDepth > 0) {
                        skippedDepth--;
                    }
                    inStyle = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inStyle && skippedDepth == 0 && cssHazard(xml.getText())) {
                        return Optional.of("has a style sheet that imports or references outside the icon");
                    }
                }
                default -> {
                    // comments, whitespace, the document's end: nothing to check
                }
            }
        }
        return root ? Optional.of("is empty") : Optional.empty();
    }

    private static Optional<String> attributes(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String namespace = xml.getAttributeNamespace(i);
            String value = xml.getAttributeValue(i);
            boolean known = ATTRIBUTES.contains(name)
                    && (namespace == null
                            || namespace.isEmpty()
                            || XMLConstants.XML_NS_URI.equals(namespace)
                            || ("href".equals(name) && "http://www.w3.org/1999/xlink".equals(namespace)));
            if (!known) {
                return Optional.of("has a '" + name + "' attribute, which icons may not use");
            }
            if ("href".equals(name) && !value.strip().startsWith("#")) {
                return Optional.of("refers to something outside the icon (" + name + ")");
            }
            if (EXTERNAL_URL.matcher(value).find() || cssHazard(value)) {
                return Optional.of("refers to something outside the icon ('" + name + "')");
            }
        }
        return Optional.empty();
    }

    private static boolean cssHazard(String css) {
        return CSS_HAZARD.matcher(css).find()
                || EXTERNAL_URL.matcher(css.toLowerCase(Locale.ROOT)).find();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLReporter((message, type, info, location) -> {}); // a refusal is the answer; no stderr noise
        return factory;
    }
}
