package com.niasotac.testdata;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.annotation.JsonbVisibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A promotion as POST /api/v1/promotions takes it: {@code PromotionBody.percent("Soldes", 10).forAll()}. Only
 * what is set is sent.
 */
@JsonbNillable(false)
@JsonbVisibility(RequestBody.Fields.class)
public final class PromotionBody implements RequestBody {

    private final String name;
    private final String promotionType;

    @JsonbTypeSerializer(RequestBody.AsNumber.class)
    private BigDecimal value;

    private String code;
    private Integer buyX;
    private Integer getY;
    private Boolean appliesToAll;
    private List<Long> products;
    private List<Long> categories;
    private Instant startAt;
    private Instant endAt;
    private Boolean active;
    private Integer usageLimit;
    private Integer perCustomerLimit;

    private PromotionBody(String name, String promotionType) {
        this.name = name;
        this.promotionType = promotionType;
    }

    /** Any type, the API's or not ({@code "magic"}), and no value yet. */
    public static PromotionBody ofType(String name, String promotionType) {
        return new PromotionBody(name, promotionType);
    }

    public static PromotionBody percent(String name, int percent) {
        return ofType(name, "percent").value(percent);
    }

    public static PromotionBody amount(String name, int amount) {
        return ofType(name, "amount").value(amount);
    }

    /** The price the targets sell at, {@code "10001.50"}. */
    public static PromotionBody setPrice(String name, String price) {
        PromotionBody body = ofType(name, "set_price");
        body.value = new BigDecimal(price);
        return body;
    }

    /** Buy {@code buyX}, get {@code getY} free. */
    public static PromotionBody bogo(String name, int buyX, int getY) {
        PromotionBody body = ofType(name, "bogo");
        body.buyX = buyX;
        body.getY = getY;
        return body;
    }

    public PromotionBody value(int value) {
        this.value = BigDecimal.valueOf(value);
        return this;
    }

    public PromotionBody code(String code) {
        this.code = code;
        return this;
    }

    /** On every product. */
    public PromotionBody forAll() {
        this.appliesToAll = true;
        return this;
    }

    public PromotionBody onProducts(long... ids) {
        this.products = list(ids);
        return this;
    }

    public PromotionBody onCategories(long... ids) {
        this.categories = list(ids);
        return this;
    }

    /** From {@code start} to {@code end}, ISO 8601 instants. */
    public PromotionBody between(String start, String end) {
        this.startAt = Instant.parse(start);
        this.endAt = Instant.parse(end);
        return this;
    }

    public PromotionBody inactive() {
        this.active = false;
        return this;
    }

    public PromotionBody usageLimit(int limit) {
        this.usageLimit = limit;
        return this;
    }

    public PromotionBody perCustomerLimit(int limit) {
        this.perCustomerLimit = limit;
        return this;
    }

    private static List<Long> list(long... ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
