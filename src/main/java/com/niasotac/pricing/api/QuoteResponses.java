package com.niasotac.pricing.api;

import com.niasotac.pricing.engine.PriceQuote;
import com.niasotac.pricing.engine.PromotionRule;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price the engine quoted, as a code check and the catalog's price endpoints show it. */
public final class QuoteResponses {

    private QuoteResponses() {}

    public record AppliedPromotion(long id, String slug, String name, String promotionType) {

        public static AppliedPromotion of(PromotionRule rule) {
            return new AppliedPromotion(
                    rule.id(), rule.slug(), rule.name(), rule.type().label());
        }
    }

    @JsonbPropertyOrder({"unitPrice", "finalUnitPrice", "quantity", "total", "discountTotal", "appliedPromotions"})
    @Schema(name = "ProductPrice")
    public record Price(
            BigDecimal unitPrice,
            BigDecimal finalUnitPrice,
            int quantity,
            BigDecimal total,
            BigDecimal discountTotal,
            List<AppliedPromotion> appliedPromotions) {

        public static Price of(PriceQuote quote) {
            return new Price(
                    quote.unitPrice(),
                    quote.finalUnitPrice(),
                    quote.quantity(),
                    quote.total(),
                    quote.discountTotal(),
                    quote.applied().stream().map(AppliedPromotion::of).toList());
        }
    }
}
