package com.niasotac.pricing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A promotion as staff edit it; its use count changes only through the atomic redemption statement. */
@Entity
@Table(name = "promotion")
public class Promotion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 170)
    private String slug;

    @Column(length = 50)
    private String code;

    @Column(name = "promotion_type", nullable = false, length = 10)
    private String promotionType;

    @Column(precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "buy_x")
    private Integer buyX;

    @Column(name = "get_y")
    private Integer getY;

    @Column(name = "applies_to_all", nullable = false)
    private boolean appliesToAll;

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "usage_limit")
    private Integer usageLimit;

    @Column(name = "per_customer_limit")
    private Integer perCustomerLimit;

    @Column(name = "is_stackable", nullable = false)
    private boolean stackable;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Promotion() {}

    public Promotion(Instant now) {
        this.createdAt = now;
    }

    public void describe(
            String newName,
            String newSlug,
            String newCode,
            String type,
            BigDecimal newValue,
            Integer x,
            Integer y,
            boolean toAll,
            Instant start,
            Instant end,
            boolean isActive,
            Integer limit,
            Integer perCustomer,
            boolean isStackable,
            Instant now) {
        this.name = newName;
        this.slug = newSlug;
        this.code = newCode;
        this.promotionType = type;
        this.value = newValue;
        this.buyX = x;
        this.getY = y;
        this.appliesToAll = toAll;
        this.startAt = start;
        this.endAt = end;
        this.active = isActive;
        this.usageLimit = limit;
        this.perCustomerLimit = perCustomer;
        this.stackable = isStackable;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }
}
