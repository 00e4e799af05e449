package com.niasotac.catalog.product.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.niasotac.catalog.product.domain.PriceSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The "order on WhatsApp" link of a product: {@code https://wa.me/<number>?text=<message>}, the message in
 * French greeting the company by the hour in Cotonou, naming the product, its brand, its price in FCFA,
 * the discount when there is one, and the product's page on the shop.
 */
public final class WhatsappMessages {

    /** Benin's time zone (UTC+1, no daylight saving). */
    public static final ZoneId COTONOU = ZoneId.of("Africa/Porto-Novo");

    private static final int EVENING_FROM_HOUR = 18;
    private static final int MORNING_FROM_HOUR = 5;

    /** Compiled once: a page of products builds a link each. */
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    /**
     * Messages already percent-encoded: a page of products encodes twenty texts of some 200 characters, and
     * URLEncoder was a tenth of a product list's CPU time; the same products' messages recur from request to request.
     */
    private static final Cache<String, String> ENCODED =
            Caffeine.newBuilder().maximumSize(5_000).build();

    private WhatsappMessages() {}

    public record Product(String name, String brand, String slug, PriceSummary price) {}

    public static String link(
            String whatsappNumber, String companyName, URI frontendUrl, Product product, Instant now) {
        String text = message(companyName, frontendUrl, product, now);
        return "https://wa.me/" + NON_DIGITS.matcher(whatsappNumber).replaceAll("") + "?text="
                + ENCODED.get(text, WhatsappMessages::encode);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String message(String companyName, URI frontendUrl, Product product, Instant now) {
        StringBuilder text = new StringBuilder()
                .append(greeting(now))
                .append(' ')
                .append(companyName)
                .append(", je suis intéressé(e) par « ")
                .append(product.name())
                .append(" »");
        if (product.brand() != null && !product.brand().isBlank()) {
            text.append(" de la marque ").append(product.brand());
        }
        PriceSummary price = product.price();
        text.append(" au prix de ").append(fcfa(price.finalPrice()));
        if (price.hasDiscount()) {
            text.append(" (au lieu de ")
                    .append(fcfa(price.finalPrice().add(price.discountAmount())))
                    .append(", soit -")
                    .append(price.discountPercent()
                            .setScale(0, RoundingMode.HALF_UP)
                            .toPlainString())
                    .append(" %)");
        }
        text.append(". Voici le lien : ")
                .append(frontendUrl)
                .append("/products/")
                .append(product.slug());
        return text.toString();
    }

    /** "Bonjour" from 05:00 to 17:59 in Cotonou, "Bonsoir" otherwise. */
    public static String greeting(Instant now) {
        int hour = now.atZone(COTONOU).getHour();
        return hour >= MORNING_FROM_HOUR && hour < EVENING_FROM_HOUR ? "Bonjour" : "Bonsoir";
    }

    /** {@code 450 000 FCFA}: whole francs (no cents in practice), thousands separated by spaces. */
    public static String fcfa(BigDecimal amount) {
        String digits = amount.setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + " FCFA";
    }
}
