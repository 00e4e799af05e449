package com.niasotac.pricing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The contract's best price. Each non-stackable promotion is tried alone; all stackable ones are tried
 * together (lowest set price first, then the sum of amounts, then each percent in turn, then free units);
 * the lowest total wins, ties going to fewer promotions. The unit price never goes below 0 nor above the
 * price; money is exact and rounded HALF_UP to two decimals.
 */
public final class PricingEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceQuote quote(BigDecimal unitPrice, int quantity, List<PromotionRule> applicable) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        BigDecimal price = unitPrice.setScale(2, RoundingMode.HALF_UP);
        List<List<PromotionRule>> candidates = new ArrayList<>();
        candidates.add(List.of());
        applicable.stream().filter(rule -> !rule.stackable()).forEach(rule -> candidates.add(List.of(rule)));
        List<PromotionRule> stackable =
                applicable.stream().filter(PromotionRule::stackable).toList();
        if (!stackable.isEmpty()) {
            candidates.add(stackable);
        }
        return candidates.stream()
                .map(rules -> apply(price, quantity, rules))
                .min(Comparator.comparing(PriceQuote::total)
                        .thenComparing(quote -> quote.applied().size()))
                .orElseThrow();
    }

    /** The price with these promotions together, in the contract's order. */
    static PriceQuote apply(BigDecimal price, int quantity, List<PromotionRule> rules) {
        BigDecimal unit = price;
        List<PromotionRule> used = new ArrayList<>();
        PromotionRule lowestSetPrice = rules.stream()
                .filter(rule -> rule.type() == PromotionType.SET_PRICE)
                .min(Comparator.comparing(PromotionRule::value))
                .orElse(null);
        if (lowestSetPrice != null && lowestSetPrice.value().compareTo(unit) < 0) {
            unit = lowestSetPrice.value().max(BigDecimal.ZERO);
            used.add(lowestSetPrice);
        }
        for (PromotionRule rule : rules) {
            if (rule.type() == PromotionType.AMOUNT && unit.signum() > 0) {
                unit = unit.subtract(rule.value().min(unit));
                used.add(rule);
            }
        }
        for (PromotionRule rule : rules) {
            if (rule.type() == PromotionType.PERCENT && unit.signum() > 0) {
                unit = unit.subtract(unit.multiply(rule.value()).divide(HUNDRED));
                used.add(rule);
            }
        }
        unit = unit.max(BigDecimal.ZERO).min(price).setScale(2, RoundingMode.HALF_UP);
        int free = 0;
        PromotionRule bestBogo = null;
        for (PromotionRule rule : rules) {
            if (rule.type() == PromotionType.BOGO) {
                int units = freeUnits(quantity, rule.buyX(), rule.getY());
                if (units > free) {
                    free = units;
                    bestBogo = rule;
                }
            }
        }
        if (bestBogo != null) {
            used.add(bestBogo);
        }
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity - free)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal full = price.multiply(BigDecimal.valueOf(quantity));
        return new PriceQuote(price, unit, quantity, total, full.subtract(total), List.copyOf(used));
    }

    /** Buy x get y: for quantity q, ⌊q / (x + y)⌋ × y units are free (none below x + y). */
    static int freeUnits(int quantity, int buyX, int getY) {
        return quantity / (buyX + getY) * getY;
    }
}
