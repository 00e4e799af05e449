package com.niasotac.newsletter.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {placeholder}}s. Values are inserted as text in plain parts, HTML-escaped in HTML parts (a
 * subscriber named {@code <script>} adds no markup), and without line breaks in subjects.
 */
public final class TemplateRenderer {

    /** What a newsletter template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("name", "email", "unsubscribe_url");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private TemplateRenderer() {}

    /** The placeholders of {@code text} that are not in {@code allowed}, in order of appearance. */
    public static Set<String> unknownPlaceholders(String text, Set<String> allowed) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!allowed.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return unknown;
    }

    public static String plain(String text, Map<String, String> values) {
        return fill(text, values, value -> value);
    }

    public static String html(String text, Map<String, String> values) {
        return text == null || text.isBlank() ? "" : fill(text, values, TemplateRenderer::escapeHtml);
    }

    public static String subject(String text, Map<String, String> values) {
        return fill(text, values, value -> value.replaceAll("[\\r\\n]+", " "));
    }

    public static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String fill(
            String text, Map<String, String> values, java.util.function.UnaryOperator<String> encode) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(value == null ? matcher.group() : encode.apply(value)));
        }
        return matcher.appendTail(out).toString();
    }
}
