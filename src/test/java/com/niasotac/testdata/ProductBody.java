package com.niasotac.testdata;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbVisibility;
import java.time.Instant;

/**
 * A product as POST /api/v1/products takes it: {@code ProductBody.of(category, "Aspire", "295000").brand("Acer")}.
 * Money is given as the API writes it, a decimal string, and sent as given. Only what is set is sent.
 */
@JsonbNillable(false)
@JsonbVisibility(RequestBody.Fields.class)
public final class ProductBody implements RequestBody {

    private String name;
    private final Long category;
    private final String price;
    private String brand;
    private String barcode;
    private String description;
    private String characteristics;
    private String compareAtPrice;
    private String costPrice;
    private Integer stockQuantity;
    private Boolean isActive;
    private Instant publishedAt;

    private ProductBody(long category, String name, String price) {
        this.category = category;
        this.name = name;
        this.price = price;
    }

    public static ProductBody of(long category, String name, String price) {
        return new ProductBody(category, name, price);
    }

    public String name() {
        return name;
    }

    public ProductBody name(String name) {
        this.name = name;
        return this;
    }

    public ProductBody brand(String brand) {
        this.brand = brand;
        return this;
    }

    public ProductBody barcode(String barcode) {
        this.barcode = barcode;
        return this;
    }

    public ProductBody description(String description) {
        this.description = description;
        return this;
    }

    public ProductBody characteristics(String characteristics) {
        this.characteristics = characteristics;
        return this;
    }

    public ProductBody compareAtPrice(String price) {
        this.compareAtPrice = price;
        return this;
    }

    public ProductBody costPrice(String price) {
        this.costPrice = price;
        return this;
    }

    public Integer stockQuantity() {
        return stockQuantity;
    }

    public ProductBody stockQuantity(int quantity) {
        this.stockQuantity = quantity;
        return this;
    }

    public ProductBody inactive() {
        this.isActive = false;
        return this;
    }

    /** An ISO 8601 instant. */
    public ProductBody publishedAt(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }
}
