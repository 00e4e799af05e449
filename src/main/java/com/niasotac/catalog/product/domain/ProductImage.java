package com.niasotac.catalog.product.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored image of a product; the file is in media storage under {@code storageKey}. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(name = "storage_key", nullable = false, length = 300)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "alt_text", length = 200)
    private String altText;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProductImage() {}

    public ProductImage(
            long productId, String storageKey, String contentType, long sizeBytes, int width, int height, Instant now) {
        this.productId = productId;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.createdAt = now;
    }

    public void describe(String newAltText, int newOrder) {
        this.altText = newAltText;
        this.sortOrder = newOrder;
    }

    public void markPrimary(boolean isPrimary) {
        this.primary = isPrimary;
    }

    public Long id() {
        return id;
    }

    public Long productId() {
        return productId;
    }

    public String storageKey() {
        return storageKey;
    }

    public String altText() {
        return altText;
    }

    public boolean isPrimary() {
        return primary;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
