package com.niasotac.site.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

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
    public record Settings(
            String whatsappNumber,
            String contactEmail,
            String contactPhone,
            String contactAddress,
            String companyName,
            String companyDescription,
            List<Link> socialLinks,
            Instant updatedAt) {}

    @JsonbPropertyOrder({
        "id",
        "title",
        "slug",
        "description",
        "imageUrl",
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
            int order,
            boolean isActive,
            String externalLink,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonbPropertyOrder({"id", "name", "url"})
    public record SocialLink(long id, String name, String url) {}
}
