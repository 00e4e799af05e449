package com.niasotac.site.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response shapes of the site endpoints (contract: Site). */
public final class SiteResponses {

    private SiteResponses() {}

    @JsonbPropertyOrder({"name", "url"})
    public record Link(String name, String url) {}

    @JsonbPropertyOrder({
        "whatsappNumber",
        "contactEmail",
        "contactPhone",
        "contactAddress",
        "companyName",
        "companyDescription",
        "socialLinks",
        "updatedAt"
    })
    @Schema(name = "SiteSettings")
    public record Settings(
            String whatsappNumber,
            String contactEmail,
            String contactPhone,
            String contactAddress,
            String companyName,
            String companyDescription,
            List<Link> socialLinks,
            Instant updatedAt) {}

    /** {@code image} repeats {@code image_url}: the shop's frontend reads that name (the Django API's). */
    @JsonbPropertyOrder({
        "id",
        "title",
        "slug",
        "description",
        "imageUrl",
        "image",
        "order",
        "isActive",
        "externalLink",
        "createdAt",
        "updatedAt"
    })
    public record Service(
            long id,
            String title,
            String slug,
            String description,
            String imageUrl,
            String image,
            int order,
            boolean isActive,
            String externalLink,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonbPropertyOrder({"id", "name", "url", "isShown"})
    public record SocialLink(long id, String name, String url, boolean isShown) {}
}
