package com.niasotac.catalog.product.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as staff edit it. Counters and scores are changed only by atomic SQL statements (never by
 * writing this entity back), so concurrent views and clicks are never lost: they are read-only here.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 220)
    private String slug;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(length = 64)
    private String barcode;

    @Column(length = 100)
    private String brand;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "short_description", length = 300)
    private String shortDescription;

    @Column(columnDefinition = "text")
    private String description;

    /** Technical specifications, one per line (the shop's "Caractéristiques" block). */
    @Column(columnDefinition = "text")
    private String characteristics;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "compare_at_price", precision = 12, scale = 2)
    private BigDecimal compareAtPrice;

    @Column(name = "cost_price", precision = 12, scale = 2)
    private BigDecimal costPrice;

    @Column(name = "stock_quantity", nullable = false)
    private int stockQuantity;

    @Column(name = "in_stock", nullable = false)
    private boolean inStock;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "meta_title", length = 200)
    private String metaTitle;

    @Column(name = "meta_description", length = 320)
    private String metaDescription;

    @Column(name = "force_featured", nullable = false)
    private boolean forceFeatured;

    @Column(name = "force_recommended", nullable = false)
    private boolean forceRecommended;

    @Column(name = "exclude_from_featured", nullable = false)
    private boolean excludeFromFeatured;

    @Column(name = "exclude_from_recommended", nullable = false)
    private boolean excludeFromRecommended;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {}

    public Product(String slug, String sku, Instant now) {
        this.slug = slug;
        this.sku = sku;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Everything staff may set, at once (PUT, and PATCH merged into the current state). */
    public void apply(ProductDetails details, String newSlug, String newSku, Instant now) {
        this.name = details.name();
        this.slug = newSlug;
        this.sku = newSku;
        this.barcode = details.barcode();
        this.brand = details.brand();
        this.categoryId = details.categoryId();
        this.shortDescription = details.shortDescription();
        this.description = details.description();
        this.characteristics = details.characteristics();
        this.price = details.price();
        this.compareAtPrice = details.compareAtPrice();
        this.costPrice = details.costPrice();
        this.stockQuantity = details.stockQuantity();
        // Nothing left means out of stock, whatever the flag said.
        this.inStock = details.inStock() && details.stockQuantity() > 0;
        this.active = details.active();
        this.metaTitle = details.metaTitle();
        this.metaDescription = details.metaDescription();
        this.forceFeatured = details.forceFeatured();
        this.forceRecommended = details.forceRecommended();
        this.excludeFromFeatured = details.excludeFromFeatured();
        this.excludeFromRecommended = details.excludeFromRecommended();
        if (details.publishedAt() != null) {
            this.publishedAt = details.publishedAt(); // staff may date a publication
        } else if (this.active && this.publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String sku() {
        return sku;
    }
}
