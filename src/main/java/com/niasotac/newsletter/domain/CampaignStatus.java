package com.niasotac.newsletter.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a campaign is in its life: draft → scheduled → sending → sent, or cancelled on the way. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT,
    CANCELLED;

    /** As stored and shown: {@code "draft"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CampaignStatus> parse(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }

    /** Before sending starts, staff may still change it, schedule it or send it now. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED;
    }

    /** What was sent, or is being sent, stays on record. */
    public boolean deletable() {
        return this == DRAFT || this == CANCELLED;
    }

    public boolean cancellable() {
        return this == DRAFT || this == SCHEDULED || this == SENDING;
    }

    /** The status a saved campaign takes: scheduled when it has a date, else a draft. */
    public static CampaignStatus of(Instant scheduledAt) {
        return scheduledAt == null ? DRAFT : SCHEDULED;
    }
}
