package com.niasotac.it.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The catalogue of hostile input, as jqwik arbitraries: each draws fixed nasties (their edge cases) and generated
 * ones (random text with control characters, numbers at and beyond every limit, structures nested too deep).
 * Values meant for request bodies are always invalid for the field they go to, so an answer that accepts one
 * would change a row, which the suite checks never happens.
 */
public final class HostileValues {

    /** Texts a careless or hostile client sends in an address (path segment or query value). */
    static final List<String> NASTY_TEXT = List.of(
            "\u0000",
            "a\u0000b",
            "' OR '1'='1",
            "1; DROP TABLE product; --",
            "\" OR \"\"=\"",
            "{\"$gt\": \"\"}",
            "$where",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}",
            "%00",
            "%2e%2e%2f",
            "NaN",
            "Infinity",
            "-1",
            "0",
            "99999999999999999999999999",
            "-9223372036854775809",
            "1e309",
            "2026-13-45",
            "2026-02-30T25:61:00Z",
            "yesterday",
            "maybe",
            " ",
            "\u202e\u202dreversed",
            "\uffff\ufffe",
            "\ud800",
            "a\r\nSet-Cookie: x=y",
            "💾".repeat(200),
            "x".repeat(5_000));

    private HostileValues() {}

    /** A value for a path segment or a query parameter: nasties and random text with control characters. */
    public static Arbitrary<String> addressText() {
        Arbitrary<String> controls = Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .withChars("'\"%;<>{}[]\\/")
                .ofMinLength(1)
                .ofMaxLength(40);
        Arbitrary<String> anyUnicode =
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY_TEXT)),
                net.jqwik.api.Tuple.of(1, controls),
                net.jqwik.api.Tuple.of(1, anyUnicode));
    }

    /**
     * JSON values (as JSON text) that no field of this API accepts for a field of this OpenAPI type: text with
     * U+0000 or beyond any length, the wrong JSON type, numbers out of every range, nesting past the limit.
     */
    public static Arbitrary<String> invalidJsonFor(String type, Integer maxLength) {
        Arbitrary<String> nulText = Arbitraries.strings()
                .all()
                .ofMaxLength(30)
                .map(text -> quoted(text.replace("\u0000", "") + "\u0000" + text.replace("\u0000", "")));
        Arbitrary<String> hugeNumber = Arbitraries.of(
                "1e400",
                "-1e400",
                "99999999999999999999999999999",
                "-99999999999999999999",
                "1.0000000000000000001e30");
        Arbitrary<String> structures = Arbitraries.of(
                "{}",
                "[]",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                "{\"a\":{\"b\":1}}");
        Arbitrary<String> notANumber = Arbitraries.of("\"NaN\"", "\"abc\"", "\"\"", "true", "\"1,5\"");
        Arbitrary<String> wrongScalars = Arbitraries.of("true", "false", "\"maybe\"", "\"NaN\"", "12.5e3", "\"\"");
        // Beyond the field's own limit only where it has one: text of any length may be valid elsewhere.
        Arbitrary<String> text = maxLength == null
                ? Arbitraries.oneOf(nulText, hugeNumber, structures, Arbitraries.of("true", "12"))
                : Arbitraries.oneOf(nulText, tooLong(maxLength), hugeNumber, structures, Arbitraries.of("true", "12"));
        return switch (type) {
            case "string" -> text;
                // Whole numbers: a fraction is wrong too. Decimals (money) accept fractions and strings of digits.
            case "integer" -> Arbitraries.oneOf(hugeNumber, structures, notANumber, Arbitraries.of("12.5", "\"12\""));
            case "number" -> Arbitraries.oneOf(hugeNumber, structures, notANumber);
            case "boolean" -> Arbitraries.oneOf(structures, Arbitraries.of("\"yes\"", "\"true\"", "1", "0", "2"));
            case "array" -> Arbitraries.oneOf(
                    wrongScalars, Arbitraries.of("{\"0\":1}", "[" + "\"a\u0000\",".repeat(20) + "1]", bigArray()));
            default -> Arbitraries.oneOf(wrongScalars, structures, nulText);
        };
    }

    private static Arbitrary<String> tooLong(int maxLength) {
        return Arbitraries.integers().between(maxLength + 1, maxLength + 50).map(length -> quoted("é".repeat(length)));
    }

    /** Bodies that are not a sound JSON document: each must be a 400 whatever the operation. */
    public static Arbitrary<byte[]> brokenJsonBody() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "{\"name\":\"x\",",
                                "[1,2,3]",
                                "null",
                                "NaN",
                                "\"text\"",
                                "{\"name\":\"a\",\"name\":\"b\"}",
                                "{'single':'quotes'}",
                                "{\"a\":1}garbage",
                                "\ufeff{\"bom\":true",
                                "[".repeat(20_000) + "]".repeat(20_000),
                                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(64)
                        .map(bytes -> invalidUtf8(bytes)));
    }

    /** Files that are not the picture they claim to be, or too large, or a decompression bomb's header. */
    public static Arbitrary<byte[]> hostileFile() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "not an image at all".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                        pngHeaderClaiming(100_000, 100_000),
                        ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
                                .getBytes(StandardCharsets.UTF_8),
                        new byte[6 * 1024 * 1024]),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2_000));
    }

    /**
     * {@code count} values drawn from the arbitrary (outside a jqwik property, jqwik draws at random); every
     * request that fails names its value, so a failure can be replayed by hand.
     */
    public static <T> Stream<T> sample(Arbitrary<T> arbitrary, int count) {
        return arbitrary.sampleStream().limit(count);
    }

    /** Every fixed nasty once, then {@link #addressText()} at random. */
    public static Stream<String> addressTexts() {
        return Stream.concat(NASTY_TEXT.stream(), addressText().sampleStream());
    }

    public static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    static String bigArray() {
        return Stream.generate(() -> "1").limit(200_000).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static byte[] invalidUtf8(byte[] bytes) {
        byte[] body = ("{\"name\":\"").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[body.length + bytes.length + 3];
        System.arraycopy(body, 0, out, 0, body.length);
        for (int i = 0; i < bytes.length; i++) {
            out[body.length + i] = (byte) (bytes[i] | 0x80); // continuation bytes without a lead: never UTF-8
        }
        out[out.length - 3] = (byte) 0xC0; // an overlong lead byte, invalid in any position
        out[out.length - 2] = '"';
        out[out.length - 1] = '}';
        return out;
    }

    /** A PNG signature and an IHDR announcing a huge image: must be refused before any pixel is decoded. */
    private static byte[] pngHeaderClaiming(int width, int height) {
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(33);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        png.put(new byte[] {8, 2, 0, 0, 0}).putInt(0);
        return png.array();
    }
}
