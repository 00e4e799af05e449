package com.niasotac.catalog.product.service;

import com.niasotac.platform.domain.RuleViolation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bulk actions on products, each one UPDATE over the given ids (recalculate_scores changes no column). */
public enum BulkAction {
    ACTIVATE("is_active = true, published_at = coalesce(published_at, now())"),
    DEACTIVATE("is_active = false"),
    MARK_IN_STOCK("in_stock = (stock_quantity > 0)"),
    MARK_OUT_OF_STOCK("in_stock = false"),
    FORCE_FEATURED("force_featured = true, exclude_from_featured = false"),
    FORCE_RECOMMENDED("force_recommended = true, exclude_from_recommended = false"),
    EXCLUDE_FROM_FEATURED("exclude_from_featured = true, force_featured = false"),
    EXCLUDE_FROM_RECOMMENDED("exclude_from_recommended = true, force_recommended = false"),
    CLEAR_OVERRIDES(
            "force_featured = false, force_recommended = false, exclude_from_featured = false, exclude_from_recommended = false"),
    RECALCULATE_SCORES(null);

    final String assignments;

    BulkAction(String assignments) {
        this.assignments = assignments;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BulkAction parse(String label) {
        return Arrays.stream(values())
                .filter(action -> action.label().equals(label))
                .findFirst()
                .orElseThrow(() -> RuleViolation.field(
                        "action",
                        "must be one of "
                                + Arrays.stream(values()).map(BulkAction::label).collect(Collectors.joining(", "))));
    }
}
