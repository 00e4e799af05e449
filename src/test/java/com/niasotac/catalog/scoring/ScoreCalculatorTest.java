package com.niasotac.catalog.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each contract bracket at its boundaries, then whole products whose totals are worked out by hand. */
class ScoreCalculatorTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    final ScoreCalculator calculator = new ScoreCalculator();

    /** A neutral product; tests change what they examine. */
    record In(
            String price,
            String finalPrice,
            String compareAt,
            String cost,
            int stock,
            long views,
            long views30,
            long clicks,
            Duration age,
            Duration sinceLastView,
            String categoryAverage,
            String percentile,
            ScoringInput.Overrides overrides) {

        static In base() {
            return new In(
                    "100000",
                    "100000",
                    null,
                    null,
                    5,
                    0,
                    0,
                    0,
                    Duration.ofDays(200),
                    null,
                    null,
                    null,
                    ScoringInput.Overrides.NONE);
        }

        ScoringInput input() {
            return new ScoringInput(
                    new BigDecimal(price),
                    new BigDecimal(finalPrice),
                    compareAt == null ? null : new BigDecimal(compareAt),
                    cost == null ? null : new BigDecimal(cost),
                    stock,
                    views,
                    views30,
                    clicks,
                    NOW.minus(age),
                    sinceLastView == null ? null : NOW.minus(sinceLastView),
                    categoryAverage == null ? null : new BigDecimal(categoryAverage),
                    percentile == null ? null : new BigDecimal(percentile),
                    overrides);
        }

        In views30(long v) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    v,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In clicks(long c) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    c,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In views(long v) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    v,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In stock(int s) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    s,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In age(Duration a) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    a,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In lastView(Duration d) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    d,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In average(String a) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    a,
                    percentile,
                    overrides);
        }

        In cost(String c) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    c,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In percentile(String p) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    p,
                    overrides);
        }

        In pricing(String p, String f, String c) {
            return new In(
                    p,
                    f,
                    c,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    overrides);
        }

        In overrides(ScoringInput.Overrides o) {
            return new In(
                    price,
                    finalPrice,
                    compareAt,
                    cost,
                    stock,
                    views,
                    views30,
                    clicks,
                    age,
                    sinceLastView,
                    categoryAverage,
                    percentile,
                    o);
        }
    }

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
    })
    void priceAgainstTheCategoryAverage(String average, String points) {
        assertThat(ScoreCalculator.priceAgainstCategory(
                        In.base().average(average).input()))
                .isEqualByComparingTo(points);
    }

    @Test
    void withoutACategoryAverageThePriceCountsAsAverage() {
        assertThat(ScoreCalculator.priceAgainstCategory(In.base().average(null).input()))
                .isEqualByComparingTo("7");
    }

    @ParameterizedTest
    @CsvSource({"60000, 10", "60001, 7", "75000, 7", "75001, 4", "85000, 4", "85001, 0", "120000, 0"})
    void margin(String cost, String points) {
        assertThat(ScoreCalculator.margin(In.base().cost(cost).input())).isEqualByComparingTo(points);
    }

    @Test
    void anUnknownCostScoresAMiddleMargin() {
        assertThat(ScoreCalculator.margin(In.base().cost(null).input())).isEqualByComparingTo("5");
    }

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
    @CsvSource({"100, 20", "80, 20", "79.99, 15", "50, 15", "49.99, 10", "30, 10", "29.99, 5", "0, 5"})
    void categoryPopularity(String percentile, String points) {
        assertThat(ScoreCalculator.categoryPopularity(
                        In.base().percentile(percentile).input()))
                .isEqualByComparingTo(points);
    }

    @Test
    void aProductAloneInItsCategoryHasAMiddlePopularity() {
        assertThat(ScoreCalculator.categoryPopularity(In.base().percentile(null).input()))
                .isEqualByComparingTo("10");
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
    @CsvSource({"PT1H, 10", "P7D, 10", "PT168H1S, 7", "P30D, 7", "PT720H1S, 4", "P90D, 4", "PT2160H1S, 0"})
    void recencyOfTheLastView(Duration since, String points) {
        assertThat(ScoreCalculator.recency(In.base().lastView(since).input(), NOW))
                .isEqualByComparingTo(points);
    }

    @Test
    void neverViewedHasAMiddleRecency() {
        assertThat(ScoreCalculator.recency(In.base().lastView(null).input(), NOW))
                .isEqualByComparingTo("5");
    }

    @Test
    void aPopularNewWellStockedCheapProductIsFeaturedAndRecommended() {
        // featured: views30 100 → 30, clicks 50 → 25, age 3 d → 10, stock 25 → 15, price 80 000 vs avg 100 000 → 10,
        //           margin (80 000 − 40 000) / 80 000 = 50 % → 10: total 100.
        // recommended: e = 300 + 3 × 50 = 450 → 35, 300 views / 25 stock = 12 → 20, percentile 90 → 20,
        //              discount (100 000 − 80 000) / 100 000 = 20 % → 12, viewed 1 h ago → 10: total 97.
        In in = new In(
                "80000",
                "80000",
                "100000",
                "40000",
                25,
                300,
                100,
                50,
                Duration.ofDays(3),
                Duration.ofHours(1),
                "100000",
                "90",
                ScoringInput.Overrides.NONE);

        Scores scores = calculator.score(in.input(), NOW);

        assertThat(scores).isEqualTo(new Scores(new BigDecimal("100.00"), new BigDecimal("97.00"), true, true));
    }

    @Test
    void anOrdinaryProductIsNeither() {
        // featured: views30 12 → 3.6, clicks 3 → 1.5, age 45 d → 5, stock 4 → 5, at the average → 7, cost unknown → 5:
        //           27.1. recommended: e = 40 + 9 = 49 → 8.575, 40 / 4 = 10 → 20, percentile 40 → 10, no discount → 7,
        //           viewed 10 d ago → 7: 52.575 → 52.58.
        In in = new In(
                "100000",
                "100000",
                null,
                null,
                4,
                40,
                12,
                3,
                Duration.ofDays(45),
                Duration.ofDays(10),
                "100000",
                "40",
                ScoringInput.Overrides.NONE);

        Scores scores = calculator.score(in.input(), NOW);

        assertThat(scores).isEqualTo(new Scores(new BigDecimal("27.10"), new BigDecimal("52.58"), false, false));
    }

    @Test
    void theThresholdsAreInclusive() {
        // featured exactly 70: views30 100 → 30, clicks 30 → 15, age 10 d → 7, stock 10 → 10, above avg → 3, cost 90 %
        // → 0
        //   = 65; + 5 more with clicks 40 → 20: 30 + 20 + 7 + 10 + 3 + 0 = 70.
        In exactly70 = new In(
                "100000",
                "100000",
                null,
                "95000",
                10,
                0,
                100,
                40,
                Duration.ofDays(10),
                null,
                "50000",
                null,
                ScoringInput.Overrides.NONE);
        // one click less: 69.5.
        In below70 = exactly70.clicks(39);

        assertThat(calculator.score(exactly70.input(), NOW).featuredScore()).isEqualByComparingTo("70");
        assertThat(calculator.score(exactly70.input(), NOW).featured()).isTrue();
        assertThat(calculator.score(below70.input(), NOW).featuredScore()).isEqualByComparingTo("69.50");
        assertThat(calculator.score(below70.input(), NOW).featured()).isFalse();
    }

    @Test
    void recommendedFromExactly65() {
        // e = 0 + 3 × 20 = 60 → 10.5, never viewed in stock → 5, percentile 80 → 20, 30 % off → 15, never viewed → 5
        //   = 55.5; with 60 more views: e = 120 → 21, 120 / 5 = 24 → 20, viewed now → 10: 21 + 20 + 20 + 15 + 10 = 86.
        // 65 exactly: views 0, clicks 40 → e 120 → 21, never viewed → 5, 80 → 20, 30 % → 15, never → 5 = 66; clicks 37
        //   → e 111 → 19.425 → 64.425, so below.
        In base = new In(
                "100000",
                "70000",
                "100000",
                null,
                5,
                0,
                0,
                40,
                Duration.ofDays(200),
                null,
                null,
                "80",
                ScoringInput.Overrides.NONE);

        assertThat(calculator.score(base.input(), NOW).recommendationScore()).isEqualByComparingTo("66");
        assertThat(calculator.score(base.input(), NOW).recommended()).isTrue();
        assertThat(calculator.score(base.clicks(37).input(), NOW).recommendationScore())
                .isEqualByComparingTo("64.43");
        assertThat(calculator.score(base.clicks(37).input(), NOW).recommended()).isFalse();
    }

    @Test
    void forcePinsTo100AndExcludePinsTo0WithExcludeWinning() {
        In plain = In.base();

        Scores forced = calculator.score(
                plain.overrides(new ScoringInput.Overrides(true, true, false, false))
                        .input(),
                NOW);
        Scores excluded = calculator.score(
                In.base()
                        .views30(100)
                        .clicks(50)
                        .overrides(new ScoringInput.Overrides(false, false, true, true))
                        .input(),
                NOW);
        Scores both = calculator.score(
                plain.overrides(new ScoringInput.Overrides(true, true, true, true))
                        .input(),
                NOW);

        assertThat(forced).isEqualTo(new Scores(new BigDecimal("100.00"), new BigDecimal("100.00"), true, true));
        assertThat(excluded).isEqualTo(new Scores(new BigDecimal("0.00"), new BigDecimal("0.00"), false, false));
        assertThat(both).isEqualTo(new Scores(new BigDecimal("0.00"), new BigDecimal("0.00"), false, false));
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> In.base().pricing("0", "0", null).input())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> In.base().views(-1).input()).isInstanceOf(IllegalArgumentException.class);
    }
}
