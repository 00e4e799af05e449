package com.niasotac.catalog.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each contract bracket at its boundaries (an empty cell is an unknown value), then whole products whose totals
 * are worked out by hand, the inclusive thresholds and the staff overrides.
 */
class ScoreCalculatorTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    final ScoreCalculator calculator = new ScoreCalculator();

    /** A neutral product (price 100 000, stock 5, 200 days old, never viewed); a test sets what it examines. */
    static final class In {
        String price = "100000";
        String finalPrice = "100000";
        String compareAt;
        String cost;
        int stock = 5;
        long views;
        long views30;
        long clicks;
        Duration age = Duration.ofDays(200);
        Duration sinceLastView;
        String categoryAverage;
        String percentile;
        ScoringInput.Overrides overrides = ScoringInput.Overrides.NONE;

        static In base() {
            return new In();
        }

        ScoringInput input() {
            return new ScoringInput(
                    new BigDecimal(price),
                    new BigDecimal(finalPrice),
                    decimal(compareAt),
                    decimal(cost),
                    stock,
                    views,
                    views30,
                    clicks,
                    NOW.minus(age),
                    sinceLastView == null ? null : NOW.minus(sinceLastView),
                    decimal(categoryAverage),
                    decimal(percentile),
                    overrides);
        }

        static BigDecimal decimal(String value) {
            return value == null ? null : new BigDecimal(value);
        }

        In pricing(String price, String finalPrice, String compareAt) {
            this.price = price;
            this.finalPrice = finalPrice;
            this.compareAt = compareAt;
            return this;
        }

        In cost(String cost) {
            this.cost = cost;
            return this;
        }

        In stock(int stock) {
            this.stock = stock;
            return this;
        }

        In views(long views) {
            this.views = views;
            return this;
        }

        In views30(long views30) {
            this.views30 = views30;
            return this;
        }

        In clicks(long clicks) {
            this.clicks = clicks;
            return this;
        }

        In age(Duration age) {
            this.age = age;
            return this;
        }

        In lastView(Duration sinceLastView) {
            this.sinceLastView = sinceLastView;
            return this;
        }

        In average(String categoryAverage) {
            this.categoryAverage = categoryAverage;
            return this;
        }

        In percentile(String percentile) {
            this.percentile = percentile;
            return this;
        }

        In overrides(
                boolean forceFeatured, boolean forceRecommended, boolean excludeFeatured, boolean excludeRecommended) {
            this.overrides =
                    new ScoringInput.Overrides(forceFeatured, forceRecommended, excludeFeatured, excludeRecommended);
            return this;
        }
    }

    // ---- featured: each bracket -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.3", "50, 15", "100, 30", "150, 30"})
    void viewsInTheLast30Days(long views30, String points) {
        assertThat(ScoreCalculator.views30(In.base().views30(views30).input())).isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.5", "25, 12.5", "50, 25", "80, 25"})
    void whatsappClicks(long clicks, String points) {
        assertThat(ScoreCalculator.clicks(In.base().clicks(clicks).input())).isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({"PT0S, 10", "P7D, 10", "PT168H1S, 7", "P30D, 7", "PT720H1S, 5", "P90D, 5", "PT2160H1S, 2", "P400D, 2"})
    void novelty(Duration age, String points) {
        assertThat(ScoreCalculator.novelty(In.base().age(age).input(), NOW)).isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 5", "9, 5", "10, 10", "19, 10", "20, 15", "500, 15"})
    void stock(int stock, String points) {
        assertThat(ScoreCalculator.stock(In.base().stock(stock).input())).isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "125000, 10", // price 100 000 is exactly 80 % of the average
        "124999, 7", //  just above 80 %
        "100000, 7", //  exactly 100 %
        "99999, 3", //   just above 100 %
        ", 7" //         no category average: the price counts as average
    })
    void priceAgainstTheCategoryAverage(String average, String points) {
        assertThat(ScoreCalculator.priceAgainstCategory(
                        In.base().average(average).input()))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "60000, 10",
        "60001, 7",
        "75000, 7",
        "75001, 4",
        "85000, 4",
        "85001, 0",
        "120000, 0",
        ", 5" // an unknown cost scores a middle margin
    })
    void margin(String cost, String points) {
        assertThat(ScoreCalculator.margin(In.base().cost(cost).input())).isEqualByComparingTo(points);
    }

    // ---- recommendation: each bracket -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "100, 0, 17.5", "50, 50, 35", "200, 0, 35", "1000, 10, 35"})
    void engagement(long views, long clicks, String points) {
        assertThat(ScoreCalculator.engagement(
                        In.base().views(views).clicks(clicks).input()))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "50, 10, 20", // 5 views per unit
        "49, 10, 15",
        "20, 10, 15", // 2 per unit
        "19, 10, 10",
        "1, 10, 10",
        "0, 10, 5", //  in stock, never viewed
        "500, 0, 0" //  out of stock
    })
    void stockDemand(long views, int stock, String points) {
        assertThat(ScoreCalculator.stockDemand(
                        In.base().views(views).stock(stock).input()))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "100, 20",
        "80, 20",
        "79.99, 15",
        "50, 15",
        "49.99, 10",
        "30, 10",
        "29.99, 5",
        "0, 5",
        ", 10" // alone in its category: a middle popularity
    })
    void categoryPopularity(String percentile, String points) {
        assertThat(ScoreCalculator.categoryPopularity(
                        In.base().percentile(percentile).input()))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "70000, 100000, 15", //  30 % off
        "70001, 100000, 12",
        "85000, 100000, 12", //  15 %
        "85001, 100000, 8",
        "99999, 100000, 8",
        "100000, 100000, 7", // no discount
        "100000, , 7" //       no compare_at_price
    })
    void priceAttractiveness(String finalPrice, String compareAt, String points) {
        In in = In.base().pricing("100000", finalPrice, compareAt);
        assertThat(ScoreCalculator.priceAttractiveness(in.input())).isEqualByComparingTo(points);
    }

    @ParameterizedTest
    @CsvSource({
        "PT1H, 10",
        "P7D, 10",
        "PT168H1S, 7",
        "P30D, 7",
        "PT720H1S, 4",
        "P90D, 4",
        "PT2160H1S, 0",
        ", 5" // never viewed: a middle recency
    })
    void recencyOfTheLastView(Duration since, String points) {
        assertThat(ScoreCalculator.recency(In.base().lastView(since).input(), NOW))
                .isEqualByComparingTo(points);
    }

    // ---- whole products -----------------------------------------------------------------------------------

    static Stream<Arguments> wholeProducts() {
        return Stream.of(
                // featured: views30 100 → 30, clicks 50 → 25, age 3 d → 10, stock 25 → 15, price 80 000 vs avg
                //           100 000 → 10, margin (80 000 − 40 000) / 80 000 = 50 % → 10: total 100.
                // recommended: e = 300 + 3 × 50 = 450 → 35, 300 views / 25 stock = 12 → 20, percentile 90 → 20,
                //              discount (100 000 − 80 000) / 100 000 = 20 % → 12, viewed 1 h ago → 10: total 97.
                Arguments.of(
                        "popular, new, well stocked and cheap: featured and recommended",
                        In.base()
                                .pricing("80000", "80000", "100000")
                                .cost("40000")
                                .stock(25)
                                .views(300)
                                .views30(100)
                                .clicks(50)
                                .age(Duration.ofDays(3))
                                .lastView(Duration.ofHours(1))
                                .average("100000")
                                .percentile("90"),
                        new Scores(new BigDecimal("100.00"), new BigDecimal("97.00"), true, true)),
                // featured: views30 12 → 3.6, clicks 3 → 1.5, age 45 d → 5, stock 4 → 5, at the average → 7, cost
                //           unknown → 5: 27.1. recommended: e = 40 + 9 = 49 → 8.575, 40 / 4 = 10 → 20, percentile
                //           40 → 10, no discount → 7, viewed 10 d ago → 7: 52.575 → 52.58.
                Arguments.of(
                        "ordinary: neither",
                        In.base()
                                .stock(4)
                                .views(40)
                                .views30(12)
                                .clicks(3)
                                .age(Duration.ofDays(45))
                                .lastView(Duration.ofDays(10))
                                .average("100000")
                                .percentile("40"),
                        new Scores(new BigDecimal("27.10"), new BigDecimal("52.58"), false, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wholeProducts(String product, In in, Scores expected) {
        assertThat(calculator.score(in.input(), NOW)).isEqualTo(expected);
    }

    /**
     * Featured exactly 70: views30 100 → 30, clicks 40 → 20, age 10 d → 7, stock 10 → 10, above the average → 3,
     * cost 95 % → 0: 30 + 20 + 7 + 10 + 3 + 0 = 70. One click less: 69.5.
     */
    @ParameterizedTest(name = "{0} clicks: {1}, featured {2}")
    @CsvSource({"40, 70, true", "39, 69.50, false"})
    void featuredFromExactly70(long clicks, String score, boolean featured) {
        In in = In.base()
                .cost("95000")
                .stock(10)
                .views30(100)
                .clicks(clicks)
                .age(Duration.ofDays(10))
                .average("50000");

        Scores scores = calculator.score(in.input(), NOW);

        assertThat(scores.featuredScore()).isEqualByComparingTo(score);
        assertThat(scores.featured()).isEqualTo(featured);
    }

    /**
     * Recommended from exactly 65: views 0, clicks 40 → e 120 → 21, never viewed in stock → 5, percentile 80 → 20,
     * 30 % off → 15, never viewed → 5: 66. Clicks 37 → e 111 → 19.425: 64.425, so below.
     */
    @ParameterizedTest(name = "{0} clicks: {1}, recommended {2}")
    @CsvSource({"40, 66, true", "37, 64.43, false"})
    void recommendedFromExactly65(long clicks, String score, boolean recommended) {
        In in = In.base().pricing("100000", "70000", "100000").clicks(clicks).percentile("80");

        Scores scores = calculator.score(in.input(), NOW);

        assertThat(scores.recommendationScore()).isEqualByComparingTo(score);
        assertThat(scores.recommended()).isEqualTo(recommended);
    }

    /** Force pins to 100 and shows; exclude pins to 0 and hides, and wins over force. */
    @ParameterizedTest(name = "force {0}/{1}, exclude {2}/{3}")
    @CsvSource({
        "true, true, false, false, 0, 0, 100.00, 100.00, true, true",
        "false, false, true, true, 100, 50, 0.00, 0.00, false, false", // a popular product, excluded
        "true, true, true, true, 0, 0, 0.00, 0.00, false, false"
    })
    void overrides(
            boolean forceFeatured,
            boolean forceRecommended,
            boolean excludeFeatured,
            boolean excludeRecommended,
            long views30,
            long clicks,
            String featuredScore,
            String recommendationScore,
            boolean featured,
            boolean recommended) {
        In in = In.base()
                .views30(views30)
                .clicks(clicks)
                .overrides(forceFeatured, forceRecommended, excludeFeatured, excludeRecommended);

        Scores scores = calculator.score(in.input(), NOW);

        assertThat(scores)
                .isEqualTo(new Scores(
                        new BigDecimal(featuredScore), new BigDecimal(recommendationScore), featured, recommended));
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> In.base().pricing("0", "0", null).input())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> In.base().views(-1).input()).isInstanceOf(IllegalArgumentException.class);
    }
}
