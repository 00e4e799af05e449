package com.niasotac.newsletter.service;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

@JsonbPropertyOrder({
    "id",
    "name",
    "slug",
    "subject",
    "plainContent",
    "htmlContent",
    "defaultFrom",
    "isActive",
    "campaignsCount",
    "createdAt",
    "updatedAt"
})
public record TemplateResponse(
        long id,
        String name,
        String slug,
        String subject,
        String plainContent,
        String htmlContent,
        String defaultFrom,
        boolean isActive,
        long campaignsCount,
        Instant createdAt,
        Instant updatedAt) {}
