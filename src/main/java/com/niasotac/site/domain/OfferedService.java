package com.niasotac.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service the company offers (installation, repair...), shown on the site. */
@Entity
@Table(name = "site_service")
public class OfferedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 170)
    private String slug;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    /** An uploaded image's storage key; shown instead of {@code imageUrl} when set. */
    @Column(name = "image_key", length = 300)
    private String imageKey;

    @Column(name = "sort_order", nullable = false)
    private int order;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "external_link", length = 500)
    private String externalLink;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OfferedService() {}

    public OfferedService(Instant now) {
        this.createdAt = now;
    }

    public void change(
            String newTitle,
            String newSlug,
            String newDescription,
            String newImageUrl,
            int newOrder,
            boolean isActive,
            String newExternalLink,
            Instant now) {
        this.title = newTitle;
        this.slug = newSlug;
        this.description = newDescription;
        this.imageUrl = newImageUrl;
        this.order = newOrder;
        this.active = isActive;
        this.externalLink = newExternalLink;
        this.updatedAt = now;
    }

    public void changeImage(String newKey, Instant now) {
        this.imageKey = newKey;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public String imageKey() {
        return imageKey;
    }

    public int order() {
        return order;
    }

    public boolean isActive() {
        return active;
    }

    public String externalLink() {
        return externalLink;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
