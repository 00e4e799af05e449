package com.niasotac.platform.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.gcardone.junidecode.Junidecode;

/** URL slugs from human text: "Écran Dell 24''" → {@code ecran-dell-24}. */
public final class Slugs {

    /** What a valid slug looks like, for slugs given by clients: lower-case ASCII words joined by single dashes, and not only digits (a segment of digits is an id). */
    public static final String PATTERN = "(?![0-9]+$)[a-z0-9]+(?:-[a-z0-9]+)*";

    public static final String PATTERN_MESSAGE =
            "may contain only lower-case letters, digits and single dashes, and not only digits";

    /** A name a slug can be made of: it holds at least one letter or digit (of any script). */
    public static final String NAMEABLE = "(?s).*[\\p{L}\\p{N}].*";

    public static final String NAMEABLE_MESSAGE = "must contain a letter or a digit";

    /** What is neither a letter, a mark nor a digit (of any script) only separates words: "1920×1080" → "1920 1080". */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** The slug of the non-blank parts joined, at most {@code maxLength} characters, never cut mid-word if avoidable. */
    public static String slugify(int maxLength, String... parts) {
        String text = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
        // Letters of any script to ASCII (Unidecode's tables): "Œuvre" → "OEuvre", "Ноутбук" → "Noutbuk", "笔记本" → "Bi
        // Ji Ben".
        String ascii = Junidecode.unidecode(SEPARATORS.matcher(text).replaceAll(" "));
        String slug = trimDashes(
                NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = trimDashes(slug.substring(0, cut > maxLength / 2 ? cut : maxLength));
        }
        return slug;
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
