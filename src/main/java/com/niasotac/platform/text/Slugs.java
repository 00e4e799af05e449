package com.niasotac.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** URL slugs from human text: "Écran Dell 24''" → {@code ecran-dell-24}. */
public final class Slugs {

    /** What a valid slug looks like, for slugs given by clients. */
    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** The slug of the non-blank parts joined, at most {@code maxLength} characters, never cut mid-word if avoidable. */
    public static String slugify(int maxLength, String... parts) {
        String text = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
        String ascii =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALPHANUMERIC
                .matcher(ascii.replace("œ", "oe")
                        .replace("æ", "ae")
                        .replace("ß", "ss")
                        .toLowerCase(Locale.ROOT))
                .replaceAll("-");
        slug = trimDashes(slug);
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
