package com.niasotac.pricing.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of promotion of the contract. */
public enum PromotionType {
    PERCENT,
    AMOUNT,
    SET_PRICE,
    BOGO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PromotionType> parse(String label) {
        return Arrays.stream(values())
                .filter(type -> type.label().equals(label))
                .findFirst();
    }
}
