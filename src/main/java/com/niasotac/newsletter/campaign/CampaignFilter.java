package com.niasotac.newsletter.campaign;

import java.time.Instant;
import java.util.Optional;

/**
 * The filters of {@code GET /newsletter/campaigns}: {@code name} matches a part (ignoring case and accents),
 * {@code templateId} one template, the instants bound the schedule and the creation.
 */
public record CampaignFilter(
        Optional<String> status,
        Optional<String> name,
        Optional<Long> templateId,
        Optional<Instant> scheduledAfter,
        Optional<Instant> scheduledBefore,
        Optional<Instant> createdAfter,
        Optional<Instant> createdBefore) {}
