package com.niasotac.newsletter.service;

import com.niasotac.platform.text.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The body of POST and PUT (and, merged with the current state, PATCH) on campaigns. {@code template} is the
 * template's slug (or id); {@code recipients} is {@code all} (every confirmed subscriber), {@code tag} (those
 * with {@code recipient_tag}) or {@code listed} ({@code subscribers}, ids). A {@code scheduled_at} schedules
 * the campaign at once.
 */
public record CampaignRequest(
        @NotBlank @Size(max = 150) @Pattern(regexp = Slugs.NAMEABLE, message = Slugs.NAMEABLE_MESSAGE) String name,
        @NotBlank @Size(max = 170) String template,
        @Pattern(regexp = "all|tag|listed", message = "must be all, tag or listed") String recipients,
        @Size(max = 40) String recipientTag,
        @Size(max = 10_000) List<@NotNull Long> subscribers,
        Instant scheduledAt) {}
