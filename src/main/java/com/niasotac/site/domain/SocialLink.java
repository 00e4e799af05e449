package com.niasotac.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A link to one of the company's social network pages. */
@Entity
@Table(name = "social_link")
public class SocialLink {

    /** The networks the site knows how to show (the schema's CHECK constraint lists the same). */
    public static final List<String> NETWORKS =
            List.of("Facebook", "Twitter", "Instagram", "Linkedin", "Youtube", "Tiktok", "Whatsapp");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false, length = 500)
    private String url;

    /** Whether the settings (and so the shop's footer) show it. */
    @Column(name = "is_shown", nullable = false)
    private boolean shown = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SocialLink() {}

    public SocialLink(Instant now) {
        this.createdAt = now;
    }

    public void change(String newName, String newUrl, boolean isShown, Instant now) {
        this.name = newName;
        this.url = newUrl;
        this.shown = isShown;
        this.updatedAt = now;
    }

    public void show(boolean isShown, Instant now) {
        if (shown != isShown) {
            this.shown = isShown;
            this.updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public boolean isShown() {
        return shown;
    }
}
