package com.niasotac.pricing.service;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Promotion response shapes (contract: Promotions). */
public final class PromotionResponses {

    private PromotionResponses() {}

    @JsonbPropertyOrder({"id", "name", "slug", "price", "mainImage"})
    @Schema(name = "PromotionProduct")
    public record ProductRef(long id, String name, String slug, BigDecimal price, String mainImage) {}

    @JsonbPropertyOrder({"id", "name", "slug", "level", "fullPath"})
    @Schema(name = "PromotionCategory")
    public record CategoryRef(long id, String name, String slug, int level, String fullPath) {}

    /** The fields lists and details share. */
    @JsonbPropertyOrder({
        "id",
        "name",
        "slug",
        "code",
        "promotionType",
        "value",
        "buyX",
        "getY",
        "appliesToAll",
        "startAt",
        "endAt",
        "active",
        "isActiveNow",
        "usageLimit",
        "perCustomerLimit",
        "usageCount",
        "isStackable",
        "productsCount",
        "categoriesCount",
        "createdAt",
        "updatedAt"
    })
    @Schema(name = "PromotionItem")
    public record Item(
            long id,
            String name,
            String slug,
            String code,
            String promotionType,
            BigDecimal value,
            Integer buyX,
            Integer getY,
            boolean appliesToAll,
            Instant startAt,
            Instant endAt,
            boolean active,
            boolean isActiveNow,
            Integer usageLimit,
            Integer perCustomerLimit,
            int usageCount,
            boolean isStackable,
            int productsCount,
            int categoriesCount,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "PromotionTargets")
    public record Targets(List<ProductRef> products, List<CategoryRef> categories) {}

    public record Redemption(String promotion, int usageCount, int customerUses) {}
}
