package com.niasotac.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingEngineTest {

    final PricingEngine engine = new PricingEngine();
    static long ids = 1;

    static PromotionRule rule(PromotionType type, String value, boolean stackable) {
        return new PromotionRule(
                ids++, "p", "Promo", type, value == null ? null : new BigDecimal(value), null, null, stackable);
    }

    static PromotionRule bogo(int x, int y, boolean stackable) {
        return new PromotionRule(ids++, "bogo", "Bogo", PromotionType.BOGO, null, x, y, stackable);
    }

    PriceQuote quote(String price, int quantity, PromotionRule... rules) {
        return engine.quote(new BigDecimal(price), quantity, List.of(rules));
    }

    @ParameterizedTest
    @CsvSource({
        "PERCENT, 10, 450000, 405000.00",
        "PERCENT, 100, 450000, 0.00",
        "PERCENT, 33.33, 1000, 666.70",
        "PERCENT, 12.5, 999.99, 874.99", // 874.99125 → HALF_UP
        "AMOUNT, 50000, 450000, 400000.00",
        "AMOUNT, 500000, 450000, 0.00", //   never below 0
        "SET_PRICE, 399000, 450000, 399000.00",
        "SET_PRICE, 500000, 450000, 450000.00", // never above the price
    })
    void eachTypeAlone(PromotionType type, String value, String price, String finalUnit) {
        PriceQuote quote = quote(price, 1, rule(type, value, false));

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo(finalUnit);
        assertThat(quote.total()).isEqualByComparingTo(finalUnit);
        assertThat(quote.discountTotal())
                .isEqualByComparingTo(new BigDecimal(price).subtract(new BigDecimal(finalUnit)));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 2, 1, 0", // below x + y: nothing free
        "2, 1, 2, 0",
        "3, 2, 1, 1", // buy 2 get 1
        "5, 2, 1, 1",
        "6, 2, 1, 2",
        "7, 3, 2, 2", // buy 3 get 2: 5 units → 2 free, 2 left
        "10, 3, 2, 4"
    })
    void buyXGetYFreeUnits(int quantity, int x, int y, int free) {
        PriceQuote quote = quote("10000", quantity, bogo(x, y, false));

        assertThat(quote.total()).isEqualByComparingTo(BigDecimal.valueOf(10_000L * (quantity - free)));
        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("10000");
        assertThat(quote.applied()).hasSize(free > 0 ? 1 : 0);
    }

    @Test
    void theBestSingleNonStackablePromotionWins() {
        PromotionRule tenPercent = rule(PromotionType.PERCENT, "10", false); // 90 000
        PromotionRule fifteenThousand = rule(PromotionType.AMOUNT, "15000", false); // 85 000
        PromotionRule setPrice = rule(PromotionType.SET_PRICE, "88000", false); // 88 000

        PriceQuote quote = quote("100000", 1, tenPercent, fifteenThousand, setPrice);

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("85000");
        assertThat(quote.applied()).containsExactly(fifteenThousand);
    }

    @Test
    void stackablePromotionsCombineSetPriceThenAmountsThenEachPercent() {
        // set price 80 000 (the lowest of two), − 5 000 − 3 000 = 72 000, × 0.9 = 64 800, × 0.95 = 61 560.
        PriceQuote quote = quote(
                "100000",
                1,
                rule(PromotionType.SET_PRICE, "90000", true),
                rule(PromotionType.SET_PRICE, "80000", true),
                rule(PromotionType.AMOUNT, "5000", true),
                rule(PromotionType.AMOUNT, "3000", true),
                rule(PromotionType.PERCENT, "10", true),
                rule(PromotionType.PERCENT, "5", true));

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("61560.00");
        assertThat(quote.applied()).hasSize(5); // the 90 000 set price is not used
    }

    @Test
    void theStackedCombinationCompetesWithTheBestNonStackableOne() {
        PromotionRule bigSingle = rule(PromotionType.PERCENT, "40", false); // 60 000
        PromotionRule small1 = rule(PromotionType.PERCENT, "20", true);
        PromotionRule small2 = rule(PromotionType.AMOUNT, "10000", true); // 90 000 × 0.8 = 72 000

        assertThat(quote("100000", 1, bigSingle, small1, small2).applied()).containsExactly(bigSingle);
        PromotionRule weakSingle = rule(PromotionType.PERCENT, "5", false);
        assertThat(quote("100000", 1, weakSingle, small1, small2).applied()).containsExactly(small2, small1);
    }

    @Test
    void stackedDiscountsNeverGoBelowZero() {
        PriceQuote quote = quote(
                "10000",
                2,
                rule(PromotionType.AMOUNT, "8000", true),
                rule(PromotionType.AMOUNT, "8000", true),
                rule(PromotionType.PERCENT, "50", true));

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("0");
        assertThat(quote.total()).isEqualByComparingTo("0");
        assertThat(quote.discountTotal()).isEqualByComparingTo("20000");
    }

    @Test
    void aStackableBogoAddsFreeUnitsAtTheDiscountedPrice() {
        PriceQuote quote = quote("10000", 3, rule(PromotionType.PERCENT, "10", true), bogo(2, 1, true));

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("9000");
        assertThat(quote.total()).isEqualByComparingTo("18000"); // 3 units, 1 free, 9 000 each
        assertThat(quote.discountTotal()).isEqualByComparingTo("12000");
    }

    @Test
    void totalsMultiplyTheRoundedUnitPrice() {
        PriceQuote quote = quote("999.99", 3, rule(PromotionType.PERCENT, "12.5", false));

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("874.99");
        assertThat(quote.total()).isEqualByComparingTo("2624.97");
        assertThat(quote.discountTotal()).isEqualByComparingTo("375.00");
    }

    @Test
    void noPromotionMeansThePrice() {
        PriceQuote quote = quote("450000", 2);

        assertThat(quote.finalUnitPrice()).isEqualByComparingTo("450000");
        assertThat(quote.total()).isEqualByComparingTo("900000");
        assertThat(quote.discountTotal()).isEqualByComparingTo("0");
        assertThat(quote.applied()).isEmpty();
    }

    @Test
    void aPromotionThatChangesNothingIsNotApplied() {
        assertThat(quote("450000", 1, rule(PromotionType.SET_PRICE, "500000", false))
                        .applied())
                .isEmpty();
        assertThat(quote("450000", 1, bogo(1, 1, false)).applied()).isEmpty();
    }

    @Test
    void quantityMustBePositive() {
        assertThatThrownBy(() -> quote("100", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
