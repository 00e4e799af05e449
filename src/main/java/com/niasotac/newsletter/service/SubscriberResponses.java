package com.niasotac.newsletter.service;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** What staff see of a subscriber; tokens never leave the server. */
public final class SubscriberResponses {

    private SubscriberResponses() {}

    @JsonbPropertyOrder({
        "id",
        "email",
        "name",
        "source",
        "tags",
        "confirmed",
        "confirmedAt",
        "subscribed",
        "unsubscribedAt",
        "createdAt",
        "updatedAt"
    })
    public record Subscriber(
            long id,
            String email,
            String name,
            String source,
            List<String> tags,
            boolean confirmed,
            Instant confirmedAt,
            boolean subscribed,
            Instant unsubscribedAt,
            Instant createdAt,
            Instant updatedAt) {}

    /** The outcome of confirm and unsubscribe: {@code confirmed}, {@code already_confirmed}, {@code unsubscribed}. */
    public record Status(String status) {}
}
