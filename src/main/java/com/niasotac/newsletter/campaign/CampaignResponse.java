package com.niasotac.newsletter.campaign;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

@JsonbPropertyOrder({
    "id",
    "name",
    "template",
    "templateName",
    "status",
    "scheduledAt",
    "recipients",
    "recipientTag",
    "subscribers",
    "recipientsCount",
    "sentCount",
    "failedCount",
    "startedAt",
    "finishedAt",
    "createdAt",
    "updatedAt"
})
public record CampaignResponse(
        long id,
        String name,
        String template,
        String templateName,
        String status,
        Instant scheduledAt,
        String recipients,
        String recipientTag,
        List<Long> subscribers,
        int recipientsCount,
        int sentCount,
        int failedCount,
        Instant startedAt,
        Instant finishedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** One recipient's outcome. */
    @JsonbPropertyOrder({"id", "subscriber", "email", "status", "error", "createdAt", "finishedAt"})
    public record Log(
            long id,
            Long subscriber,
            String email,
            String status,
            String error,
            Instant createdAt,
            Instant finishedAt) {}
}
