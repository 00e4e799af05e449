package com.niasotac.catalog.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The contract's scoring rules, one method per line of the contract. Exact decimals throughout; the sum is
 * rounded HALF_UP to two decimals once, at the end, so rounding never accumulates.
 */
public final class ScoreCalculator {

    public static final BigDecimal FEATURED_THRESHOLD = new BigDecimal("70");
    public static final BigDecimal RECOMMENDED_THRESHOLD = new BigDecimal("65");

    private static final BigDecimal MAX = new BigDecimal("100");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public Scores score(ScoringInput in, Instant now) {
        BigDecimal featured = views30(in)
                .add(clicks(in))
                .add(novelty(in, now))
                .add(stock(in))
                .add(priceAgainstCategory(in))
                .add(margin(in));
        BigDecimal recommended = engagement(in)
                .add(stockDemand(in))
                .add(categoryPopularity(in))
                .add(priceAttractiveness(in))
                .add(recency(in, now));
        ScoringInput.Overrides pins = in.overrides();
        BigDecimal featuredScore = pinned(featured, pins.forceFeatured(), pins.excludeFromFeatured());
        BigDecimal recommendationScore = pinned(recommended, pins.forceRecommended(), pins.excludeFromRecommended());
        return new Scores(
                featuredScore,
                recommendationScore,
                featuredScore.compareTo(FEATURED_THRESHOLD) >= 0,
                recommendationScore.compareTo(RECOMMENDED_THRESHOLD) >= 0);
    }

    // --- featured score ---

    /** Views in the last 30 days: min(views / 100 × 30, 30). */
    static BigDecimal views30(ScoringInput in) {
        return capped(in.viewsLast30Days(), 100, 30);
    }

    /** WhatsApp clicks: min(clicks / 50 × 25, 25). */
    static BigDecimal clicks(ScoringInput in) {
        return capped(in.whatsappClickCount(), 50, 25);
    }

    /** Novelty: ≤ 7 days 10, ≤ 30 days 7, ≤ 90 days 5, else 2. */
    static BigDecimal novelty(ScoringInput in, Instant now) {
        return byAge(Duration.between(in.createdAt(), now), 10, 7, 5, 2);
    }

    /** Stock: ≥ 20 → 15, ≥ 10 → 10, > 0 → 5, else 0. */
    static BigDecimal stock(ScoringInput in) {
        int stock = in.stockQuantity();
        return points(stock >= 20 ? 15 : stock >= 10 ? 10 : stock > 0 ? 5 : 0);
    }

    /** Price against the category's average active in-stock price: ≤ 80 % → 10, ≤ 100 % → 7, else 3 (no average: 7). */
    static BigDecimal priceAgainstCategory(ScoringInput in) {
        BigDecimal average = in.categoryAveragePrice();
        if (average == null || average.signum() <= 0) {
            return points(7);
        }
        BigDecimal ratio = in.price().divide(average, PRECISION);
        return points(ratio.compareTo(new BigDecimal("0.80")) <= 0 ? 10 : ratio.compareTo(BigDecimal.ONE) <= 0 ? 7 : 3);
    }

    /** Margin (price − cost) / price: ≥ 40 % → 10, ≥ 25 % → 7, ≥ 15 % → 4, else 0; unknown cost → 5. */
    static BigDecimal margin(ScoringInput in) {
        if (in.costPrice() == null) {
            return points(5);
        }
        BigDecimal margin = in.price().subtract(in.costPrice()).divide(in.price(), PRECISION);
        return points(
                margin.compareTo(new BigDecimal("0.40")) >= 0
                        ? 10
                        : margin.compareTo(new BigDecimal("0.25")) >= 0
                                ? 7
                                : margin.compareTo(new BigDecimal("0.15")) >= 0 ? 4 : 0);
    }

    // --- recommendation score ---

    /** Engagement e = views + 3 × clicks: min(e / 200 × 35, 35). */
    static BigDecimal engagement(ScoringInput in) {
        return capped(in.viewCount() + 3 * in.whatsappClickCount(), 200, 35);
    }

    /** Stock demand: in stock, views / stock ≥ 5 → 20, ≥ 2 → 15, else 10; never viewed → 5; out of stock 0. */
    static BigDecimal stockDemand(ScoringInput in) {
        if (in.stockQuantity() <= 0) {
            return points(0);
        }
        if (in.viewCount() == 0) {
            return points(5);
        }
        BigDecimal perUnit =
                BigDecimal.valueOf(in.viewCount()).divide(BigDecimal.valueOf(in.stockQuantity()), PRECISION);
        return points(
                perUnit.compareTo(BigDecimal.valueOf(5)) >= 0
                        ? 20
                        : perUnit.compareTo(BigDecimal.valueOf(2)) >= 0 ? 15 : 10);
    }

    /** Category popularity by view-count percentile: ≥ 80 → 20, ≥ 50 → 15, ≥ 30 → 10, else 5; alone in it → 10. */
    static BigDecimal categoryPopularity(ScoringInput in) {
        BigDecimal percentile = in.categoryViewPercentile();
        if (percentile == null) {
            return points(10);
        }
        return points(
                percentile.compareTo(BigDecimal.valueOf(80)) >= 0
                        ? 20
                        : percentile.compareTo(BigDecimal.valueOf(50)) >= 0
                                ? 15
                                : percentile.compareTo(BigDecimal.valueOf(30)) >= 0 ? 10 : 5);
    }

    /** Discount against compare_at_price: ≥ 30 % → 15, ≥ 15 % → 12, > 0 → 8, none 7. */
    static BigDecimal priceAttractiveness(ScoringInput in) {
        BigDecimal reference = in.compareAtPrice();
        if (reference == null || reference.compareTo(in.finalPrice()) <= 0) {
            return points(7);
        }
        BigDecimal discount = reference.subtract(in.finalPrice()).divide(reference, PRECISION);
        return points(
                discount.compareTo(new BigDecimal("0.30")) >= 0
                        ? 15
                        : discount.compareTo(new BigDecimal("0.15")) >= 0 ? 12 : 8);
    }

    /** Recency of the last view: ≤ 7 days 10, ≤ 30 days 7, ≤ 90 days 4, older 0, never viewed 5. */
    static BigDecimal recency(ScoringInput in, Instant now) {
        if (in.lastViewedAt() == null) {
            return points(5);
        }
        return byAge(Duration.between(in.lastViewedAt(), now), 10, 7, 4, 0);
    }

    // --- helpers ---

    /** The contract's age brackets: ≤ 7 days, ≤ 30 days, ≤ 90 days, older. */
    private static BigDecimal byAge(Duration age, int week, int month, int quarter, int older) {
        return points(
                age.compareTo(Duration.ofDays(7)) <= 0
                        ? week
                        : age.compareTo(Duration.ofDays(30)) <= 0
                                ? month
                                : age.compareTo(Duration.ofDays(90)) <= 0 ? quarter : older);
    }

    /** min(count / per × weight, weight). */
    private static BigDecimal capped(long count, int per, int weight) {
        BigDecimal value = BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(weight))
                .divide(BigDecimal.valueOf(per), PRECISION);
        return value.min(BigDecimal.valueOf(weight));
    }

    private static BigDecimal pinned(BigDecimal score, boolean force, boolean exclude) {
        if (exclude) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (force) {
            return MAX.setScale(2);
        }
        return score.min(MAX).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal points(int points) {
        return BigDecimal.valueOf(points);
    }
}
